package io.oneshelf.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.oneshelf.payment.Payments;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.blob.MediaProperties;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture.Brand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the tests that walk EVERY registered {@code /api/v1} endpoint share: the endpoints themselves, one object
 * of an owner brand per collection to fill their paths with, a valid body for every mutating endpoint, and a
 * snapshot of everything the owner has. An endpoint added later is found by {@link #endpoints()}; a walk that
 * cannot address it fails and says what to add here.
 */
@Component
public class EndpointWalk {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String SHOP = "/api/v1/shop/{brandCode}/";
    /** A mobile number nobody signs in with: sample queries and bodies of the shop's and the SMS endpoint. */
    private static final String NOBODYS_PHONE = "13700000000";
    /** The prefix of the ids that fill in shop paths before the staff's ({@code shop:orders}: the customer's). */
    private static final String SHOP_IDS = "shop:";
    /** The customer a guide finds or registers by phone in a walk (in the caller's own brand). */
    private static final String GUIDES_CUSTOMER_PHONE = "13700000009";

    private final RequestMappingHandlerMapping mappings;
    private final SkuFixture skus;
    private final BrandFixture brands;
    private final MediaProperties media;
    private final Map<UUID, OwnerShopper> shoppers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Payments payments;
    private final io.oneshelf.distribution.commission.Settling settling;

    EndpointWalk(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, SkuFixture skus,
                 BrandFixture brands, MediaProperties media, Payments payments,
                 io.oneshelf.distribution.commission.Settling settling) {
        this.settling = settling;
        this.mappings = mappings;
        this.skus = skus;
        this.brands = brands;
        this.media = media;
        this.payments = payments;
    }

    /** One registered call: its method, path pattern and the controller method that serves it. */
    public record Endpoint(String method, String pattern, HandlerMethod handler) {
        public String key() {
            return method + " " + pattern;
        }

        public boolean mutating() {
            return !method.equals("GET");
        }

        /** A call of a brand's shop: made with a customer token of the brand in its path, not a staff token. */
        public boolean shop() {
            return pattern.startsWith(SHOP);
        }
    }

    /** The owner brand's customer who signed in to its shop for a walk: the shop's calls are made as them. */
    public record OwnerShopper(String token, UUID customerId, String phone, UUID addressId) {
    }

    /** Every {@code /api/v1} endpoint but signing in, one per HTTP method. */
    public List<Endpoint> endpoints() {
        List<Endpoint> result = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || pattern.startsWith("/api/v1/auth/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    fail("Endpoint " + pattern + " accepts every HTTP method; declare one");
                }
                for (RequestMethod method : methods) {
                    result.add(new Endpoint(method.name(), pattern, entry.getValue()));
                }
            }
        }
        result.sort(java.util.Comparator.comparing(Endpoint::key));
        return result;
    }

    /**
     * Replaces each {id} by the owner's object of the collection the path names, e.g. /stores/{id} -> a store;
     * {@code null} (and a failure saying what to add) when there is none.
     */
    public static String fillIn(String pattern, Map<String, String> ids, List<String> failures) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String collection = collectionOf(pattern, m.start());
            // the shop's own objects (the owner customer's orders, a product on the online shelf) come first there
            String id = pattern.startsWith(SHOP) && ids.containsKey(SHOP_IDS + collection)
                    ? ids.get(SHOP_IDS + collection) : ids.get(collection);
            if (id == null) {
                failures.add("No owner object for {" + m.group(1) + "} in " + pattern
                             + ": add one for '" + collection + "' to EndpointWalk.ownerObjects()");
                return null;
            }
            m.appendReplacement(path, id);
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The names of the path variables of a pattern, in order. */
    public static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Whether a filled-in path addresses one of the owner's objects: it names one in a variable (the brand code of a
     * shop path names no object: every customer of the brand, and anyone signing in, uses it).
     */
    public static boolean addressesOwnerObject(Endpoint endpoint, String path) {
        String pattern = endpoint.shop() ? endpoint.pattern().replace("{brandCode}", "") : endpoint.pattern();
        return pattern.contains("{") && !path.startsWith("/api/v1/me");
    }

    /** The same shop path at another brand's shop. */
    public static String atShopOf(String path, String brandCode) {
        int end = path.indexOf('/', "/api/v1/shop/".length());
        return "/api/v1/shop/" + brandCode + path.substring(end);
    }

    /** The path segment before the variable starting at {@code start}: /stores/{id} -> stores. */
    private static String collectionOf(String pattern, int start) {
        String before = pattern.substring(0, start);
        return before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
    }

    /** One object of the owner per collection, reachable through the API by the owner. */
    public Map<String, String> ownerObjects(Api api, Brand owner, String ownerAdmin) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("stores", owner.storeId().toString());
        ids.put("warehouses", owner.warehouseId().toString());
        ids.put("regions", owner.regionId().toString());
        ids.put("franchisees", owner.franchiseeId().toString());
        Reply staff = api.get("/api/v1/staff?q=" + owner.login("cashier"), ownerAdmin);
        ids.put("staff", staff.body().get("items").get(0).get("id").asString());
        Reply client = api.post("/api/v1/api-clients", ownerAdmin, Map.of("name", "ERP of " + owner.code(),
                "role", "CASHIER", "scopeType", "STORE", "scopeId", owner.storeId()));
        assertThat(client.status()).isEqualTo(201);
        ids.put("api-clients", client.id());
        ids.putAll(CatalogObjects.create(api, owner, ownerAdmin));
        Reply audit = api.get("/api/v1/audit-events?limit=1", ownerAdmin);
        ids.put("audit-events", audit.body().get("items").get(0).get("id").asString());
        UUID sku = skus.aSku(owner);
        ids.put("online", sku.toString());
        ids.put("stock-locations", owner.storeId().toString());
        ids.putAll(stockObjects(api, owner, ownerAdmin, sku));
        ids.putAll(webhookObjects(api, ownerAdmin));
        ids.putAll(shopObjects(api, owner));
        // a cash tender at the owner's store one (the order module takes payments; the walk only reads and queries)
        ids.put("payments", payments.take(new TakePayment(owner.tenantId(), "order:" + UUID.randomUUID(), Tender.CASH,
                1000, 1000L, null, null, owner.storeId(), null, UUID.randomUUID().toString())).id().toString());
        ids.putAll(orderObjects(api, owner, ownerAdmin));
        ids.putAll(io.oneshelf.fulfillment.FulfilmentObjects.create(api, owner, ownerAdmin,
                skus.aPricedSku(owner, 1500)));
        ids.putAll(shopOrderObjects(api, owner, ownerAdmin));
        ids.putAll(io.oneshelf.voucher.VoucherObjects.create(api, owner, ownerAdmin, skus.aPricedSku(owner, 9900),
                ids.get("customers")));
        ids.putAll(io.oneshelf.order.booking.BookingObjects.create(api, owner, ownerAdmin,
                skus.aPricedSku(owner, 16800)));
        ids.putAll(io.oneshelf.loyalty.wallet.WalletObjects.create(api, owner, ownerAdmin, ids.get("customers"),
                shoppers.get(owner.tenantId()).token()));
        ids.putAll(io.oneshelf.member.MemberObjects.create(api, ownerAdmin, ids.get("customers")));
        ids.putAll(io.oneshelf.promotion.PromotionObjects.create(api, ownerAdmin, skus.aPricedSku(owner, 5000)));
        ids.putAll(io.oneshelf.promotion.flash.FlashSaleObjects.create(api, ownerAdmin, skus.aPricedSku(owner, 5000)));
        ids.putAll(io.oneshelf.promotion.PromotionObjects.coupons(api, ownerAdmin, ids.get("customers")));
        ids.putAll(io.oneshelf.pos.PosObjects.create(api, owner, ownerAdmin, skus.aPricedSku(owner, 2500), 2500));
        ids.putAll(io.oneshelf.social.SocialObjects.create(api, brands, owner, ownerAdmin,
                skus.aPricedSku(owner, 5000), shoppers.get(owner.tenantId()).token()));
        ids.putAll(io.oneshelf.guide.GuideObjects.create(api, owner, ownerAdmin, ids.get("customers")));
        ids.putAll(io.oneshelf.distribution.DistributionObjects.create(api, brands, settling, owner, ownerAdmin,
                shoppers.get(owner.tenantId()).token(), skus.aPricedSku(owner, 5000)));
        ids.putAll(io.oneshelf.guide.SopObjects.create(api, brands, owner, ownerAdmin, ids.get("customers"),
                ids.get("guides")));
        ids.putAll(io.oneshelf.guide.ContentObjects.create(api, owner, ownerAdmin, ids.get("guides"),
                skus.aPricedSku(owner, 3800)));
        return ids;
    }

    /** A till sale at the owner's store one, paid in cash, with one unit of it taken back. */
    private Map<String, String> orderObjects(Api api, Brand owner, String ownerAdmin) {
        UUID tea = skus.aPricedSku(owner, 1200);
        assertThat(api.post("/api/v1/stock/receipts", ownerAdmin, Map.of("skuId", tea, "locationId",
                owner.storeId(), "quantity", 5)).status()).isEqualTo(201);
        Reply sale = api.post("/api/v1/orders", ownerAdmin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", owner.storeId(), "lines", List.of(Map.of("skuId", tea, "quantity", 2)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 2400, "cashTendered", 2400))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Reply back = api.post("/api/v1/orders/" + sale.id() + "/returns", ownerAdmin, Map.of("placeId",
                owner.storeId(), "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        // the till sale's receipt (GET /api/v1/pos/receipts/{orderId}) is named by its order
        return Map.of("orders", sale.id(), "returns", back.id(), "order-number",
                sale.body().get("number").asString(), "order-sku", tea.toString(), "receipts", sale.id());
    }

    /** The owner's customer of {@link #ownerObjects}, who makes the shop's calls of a walk. */
    public OwnerShopper ownerShopper(Brand owner) {
        return shoppers.get(owner.tenantId());
    }

    /** A customer of the owner's shop with one address; the shop's paths name the brand by its code. */
    private Map<String, String> shopObjects(Api api, Brand owner) {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, owner.code());
        Reply address = api.post(shopper.path("/me/addresses"), shopper.accessToken(),
                Shoppers.anAddress("Owner's customer"));
        assertThat(address.status()).as(address.toString()).isEqualTo(201);
        shoppers.put(owner.tenantId(), new OwnerShopper(shopper.accessToken(), shopper.customerId(), shopper.phone(),
                UUID.fromString(address.id())));
        return Map.of("shop", owner.code(), "customers", shopper.customerId().toString(), "addresses", address.id());
    }

    /**
     * A product on the owner's online shelf with stock at store one, and a paid pickup order of it for the owner's
     * customer (placed by a guide for them, paid in cash), once its pickup code exists.
     */
    private Map<String, String> shopOrderObjects(Api api, Brand owner, String ownerAdmin) {
        UUID sku = skus.aPricedSku(owner, 1600);
        brands.jdbc().sql("update spu set channels = '{ONLINE_MALL,POS}' where tenant_id = :t and id = "
                          + "(select spu_id from sku where id = :s)").param("t", owner.tenantId()).param("s", sku)
                .update();
        UUID product = brands.jdbc().sql("select spu_id from sku where id = :s").param("s", sku)
                .query(UUID.class).single();
        assertThat(api.post("/api/v1/stock/receipts", ownerAdmin, Map.of("skuId", sku, "locationId",
                owner.storeId(), "quantity", 5)).status()).isEqualTo(201);
        OwnerShopper shopper = shoppers.get(owner.tenantId());
        String guide = api.login(owner.login("guide"), BrandFixture.PASSWORD);
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", owner.storeId(), "customerId", shopper.customerId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        Reply paid = api.post("/api/v1/orders/" + placed.id() + "/payments", guide, Map.of("tender", "CASH",
                "amount", 1600, "cashTendered", 1600));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        Eventually.until("the owner's customer's pickup code", java.time.Duration.ofSeconds(30),
                () -> api.get(SHOP.replace("{brandCode}", owner.code()) + "orders/" + placed.id() + "/pickup",
                        shopper.token()), r -> r.status() == 200);
        Eventually.until("the owner's customer's pickup task", java.time.Duration.ofSeconds(30),
                () -> api.get("/api/v1/fulfilment-tasks?orderId=" + placed.id(), ownerAdmin).body().get("items"),
                items -> items.size() == 1);
        return Map.of(SHOP_IDS + "orders", placed.id(), SHOP_IDS + "products", product.toString(),
                "shop-sku", sku.toString());
    }

    /** Receives the owner's test message, so that its delivery is over before a walk starts. */
    private static WebhookReceiver receiver;

    /**
     * A disabled webhook endpoint (events of the walk go nowhere) and a test message delivered to it, so that
     * no delivery of the owner's changes while a walk runs.
     */
    private static Map<String, String> webhookObjects(Api api, String ownerAdmin) {
        synchronized (EndpointWalk.class) {
            receiver = receiver == null ? new WebhookReceiver() : receiver;
        }
        Reply endpoint = api.post("/api/v1/webhook-endpoints", ownerAdmin, Map.of("url", receiver.url(),
                "description", "ERP", "enabled", false));
        assertThat(endpoint.status()).as(endpoint.toString()).isEqualTo(201);
        Reply test = api.post("/api/v1/webhook-endpoints/" + endpoint.id() + "/test", ownerAdmin, Map.of());
        assertThat(test.status()).as(test.toString()).isEqualTo(202);
        Eventually.until("the owner's test message delivered", java.time.Duration.ofSeconds(30),
                () -> api.get("/api/v1/webhook-deliveries/" + test.id(), ownerAdmin).body(),
                d -> d.get("status").asString().equals("DELIVERED"));
        return Map.of("webhook-endpoints", endpoint.id(), "webhook-deliveries", test.id());
    }

    private static Map<String, String> stockObjects(Api api, Brand owner, String ownerAdmin, UUID sku) {
        Map<String, String> ids = new LinkedHashMap<>();
        assertThat(api.post("/api/v1/stock/receipts", ownerAdmin, Map.of("skuId", sku, "locationId", owner.storeId(),
                "quantity", 10)).status()).isEqualTo(201);
        Reply reservation = api.post("/api/v1/stock/reservations", ownerAdmin, Map.of("reference", "OWN-1",
                "expiresInSeconds", 3600, "lines", List.of(Map.of("skuId", sku, "locationId", owner.storeId(),
                        "quantity", 2))));
        assertThat(reservation.status()).isEqualTo(201);
        ids.put("reservations", reservation.id());
        Reply transfer = api.post("/api/v1/stock/transfers", ownerAdmin, Map.of("fromPlaceId", owner.storeId(),
                "toPlaceId", owner.warehouseId(), "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
        ids.put("transfers", transfer.id());
        Reply stocktake = api.post("/api/v1/stock/stocktakes", ownerAdmin, Map.of("placeId", owner.storeId()));
        assertThat(stocktake.status()).isEqualTo(201);
        ids.put("stocktakes", stocktake.id());
        Reply replenishment = api.post("/api/v1/stock/replenishment-orders", ownerAdmin, Map.of(
                "storeId", owner.storeId(), "lines", List.of(Map.of("skuId", sku, "quantity", 3))));
        assertThat(replenishment.status()).as(replenishment.toString()).isEqualTo(201);
        ids.put("replenishment-orders", replenishment.id());
        Reply verification = api.post("/api/v1/stock/reconciliation/verifications", ownerAdmin, Map.of());
        assertThat(verification.status()).as(verification.toString()).isEqualTo(202);
        ids.put("verifications", verification.id());
        awaitVerification(api, ownerAdmin, verification.id());
        return ids;
    }

    /** Waits until the background verification is done, so that its writes do not land during a walk. */
    private static void awaitVerification(Api api, String ownerAdmin, String id) {
        Eventually.until("the owner's verification " + id + " to finish", java.time.Duration.ofSeconds(30),
                () -> api.get("/api/v1/stock/reconciliation/verifications/" + id, ownerAdmin).body(),
                v -> v.get("status").asString().equals("DONE"));
    }

    /**
     * A valid body for every mutating endpoint (keyed by {@link Endpoint#key()}), pointing at the owner's objects
     * where it can; {@code null} for those that take none. Bodies are maps, lists, {@link Api.Multipart} or
     * {@link Api.Upload}.
     */
    public static Map<String, Object> sampleBodies(Brand owner, Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>(orgBodies(owner));
        bodies.putAll(StockBodies.of(owner, ids.get("online")));
        bodies.putAll(CatalogObjects.sampleBodies(owner));
        bodies.putAll(CatalogObjects.pictureAndVariantBodies(ids));
        bodies.putAll(webhookBodies());
        // the brand's defaults are at version 0: a change that reached the owner's brand would show in its snapshot
        bodies.put("PUT /api/v1/routing-rules", Map.of("preference", "PREFER_STORES", "sameCityMaxKm", 3.5,
                "franchiseStock", "ABOVE_BUFFER", "franchiseBuffer", 2, "version", 0));
        bodies.put("POST /api/v1/payments/{id}/query", Map.of());
        // the brand's default is 100 % at version 0: a change that reached the owner's brand would show
        bodies.put("PUT /api/v1/settlement-rules", Map.of("ratePercent", 95, "version", 0));
        // public, signed by the gateway: any body without its signature is 401
        bodies.put("POST /api/v1/payments/notify/wechatpay", null);
        bodies.putAll(orderBodies(owner, ids));
        bodies.putAll(io.oneshelf.fulfillment.FulfilmentObjects.sampleBodies());
        bodies.putAll(io.oneshelf.voucher.VoucherObjects.sampleBodies());
        bodies.putAll(io.oneshelf.order.booking.BookingObjects.sampleBodies(owner));
        bodies.putAll(io.oneshelf.loyalty.wallet.WalletObjects.sampleBodies(owner, ids));
        bodies.putAll(io.oneshelf.member.MemberObjects.sampleBodies(ids));
        bodies.putAll(io.oneshelf.promotion.PromotionObjects.sampleBodies(ids));
        bodies.putAll(io.oneshelf.promotion.flash.FlashSaleObjects.sampleBodies(ids));
        bodies.putAll(shopBodies());
        bodies.putAll(storefrontBodies(ids));
        bodies.putAll(io.oneshelf.loyalty.LoyaltyObjects.sampleBodies());
        bodies.putAll(io.oneshelf.pos.PosObjects.sampleBodies(owner, ids));
        bodies.putAll(io.oneshelf.social.SocialObjects.sampleBodies(owner, ids));
        bodies.putAll(io.oneshelf.guide.GuideObjects.sampleBodies(ids));
        bodies.putAll(io.oneshelf.distribution.DistributionObjects.sampleBodies());
        bodies.putAll(io.oneshelf.guide.SopObjects.sampleBodies(ids));
        bodies.putAll(io.oneshelf.guide.ContentObjects.sampleBodies(ids));
        return bodies;
    }

    private static Map<String, Object> orderBodies(Brand owner, Map<String, String> ids) {
        Map<String, Object> sale = Map.of("channel", "POS", "fulfilment", "IN_STORE", "storeId", owner.storeId(),
                "lines", List.of(Map.of("skuId", ids.get("order-sku"), "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1200, "cashTendered", 1200)));
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/orders", sale);
        bodies.put("POST /api/v1/orders/quote", sale);
        // a guide finds (or registers) a customer by phone before building their order
        bodies.put("POST /api/v1/customers", Map.of("phone", GUIDES_CUSTOMER_PHONE));
        bodies.put("POST /api/v1/orders/{id}/payments", Map.of("tender", "CASH", "amount", 100, "cashTendered", 100));
        bodies.put("POST /api/v1/orders/{id}/cancel", Map.of());
        bodies.put("POST /api/v1/orders/{id}/returns", Map.of("placeId", owner.storeId(), "restock", true,
                "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        bodies.put("POST /api/v1/orders/{id}/returns/{returnId}/accept", Map.of("placeId", owner.storeId(),
                "restock", true));
        bodies.put("POST /api/v1/orders/{id}/returns/{returnId}/reject", Map.of());
        bodies.put("PUT /api/v1/order-settings", Map.of("unpaidMinutes", 45, "expressFee", 500, "sameCityFee", 300,
                "freeShippingOver", 0, "version", 0));
        return bodies;
    }

    private static Map<String, Object> shopBodies() {
        Map<String, Object> address = new LinkedHashMap<>(Shoppers.anAddress("Hijack"));
        address.put("preferred", false);
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/shop/{brandCode}/sign-in/code", Map.of("phone", NOBODYS_PHONE));
        bodies.put("POST /api/v1/shop/{brandCode}/sign-in", Map.of("phone", NOBODYS_PHONE, "code", "000000"));
        bodies.put("POST /api/v1/shop/{brandCode}/token/refresh", Map.of("refreshToken", "not-a-refresh-token"));
        bodies.put("POST /api/v1/shop/{brandCode}/sign-out", Map.of("refreshToken", "not-a-refresh-token"));
        bodies.put("PUT /api/v1/shop/{brandCode}/me", Map.of("name", "Hijack"));
        bodies.put("PUT /api/v1/shop/{brandCode}/me/birthday", Map.of("month", 5, "day", 4));
        bodies.put("POST /api/v1/shop/{brandCode}/me/addresses", address);
        bodies.put("PUT /api/v1/shop/{brandCode}/me/addresses/{id}", with(address, "version", 0));
        bodies.put("DELETE /api/v1/shop/{brandCode}/me/addresses/{id}", null);
        return bodies;
    }

    /**
     * The storefront's calls: a delivery to the owner's customer's address (another customer's checkout refers to
     * an address that is not theirs: 400), and the owner's customer's paid order (paying it again is 409).
     */
    private static Map<String, Object> storefrontBodies(Map<String, String> ids) {
        Map<String, Object> item = Map.of("skuId", ids.get("shop-sku"), "quantity", 1);
        Map<String, Object> checkout = Map.of("fulfilment", "EXPRESS", "addressId", ids.get("addresses"),
                "note", "ring twice");
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/shop/{brandCode}/cart/items", item);
        bodies.put("PUT /api/v1/shop/{brandCode}/cart/items", item);
        bodies.put("POST /api/v1/shop/{brandCode}/checkout/quote", checkout);
        bodies.put("POST /api/v1/shop/{brandCode}/orders", checkout);
        bodies.put("POST /api/v1/shop/{brandCode}/orders/{id}/payments", Map.of("tender", "WECHAT_PAY"));
        bodies.put("POST /api/v1/shop/{brandCode}/orders/{id}/cancel", Map.of("note", "changed my mind"));
        bodies.put("POST /api/v1/shop/{brandCode}/orders/{id}/returns", Map.of("reason", "too sweet",
                "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        return bodies;
    }

    private static Map<String, Object> webhookBodies() {
        Map<String, Object> endpoint = new LinkedHashMap<>(Map.of("url", "http://127.0.0.1:9/hijack",
                "eventTypes", List.of("test.thing.happened"), "description", "Hijack", "enabled", false));
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/webhook-endpoints", endpoint);
        bodies.put("PUT /api/v1/webhook-endpoints/{id}", with(endpoint, "version", 0));
        bodies.put("DELETE /api/v1/webhook-endpoints/{id}", null);
        bodies.put("POST /api/v1/webhook-endpoints/{id}/rotate-secret", Map.of("overlapMinutes", 60));
        bodies.put("POST /api/v1/webhook-endpoints/{id}/test", Map.of());
        bodies.put("POST /api/v1/webhook-endpoints/{id}/redeliver", Map.of("since", "2020-01-01T00:00:00Z"));
        bodies.put("POST /api/v1/webhook-deliveries/{id}/redeliver", Map.of());
        return bodies;
    }

    private static Map<String, Object> orgBodies(Brand owner) {
        Map<String, Object> store = new LinkedHashMap<>(Map.of("name", "Hijacked", "kind", "DIRECT",
                "regionId", owner.regionId(), "address", "Elsewhere 9", "latitude", 31.2, "longitude", 121.4,
                "opensAt", "09:00", "closesAt", "21:00"));
        Map<String, Object> warehouse = new LinkedHashMap<>(Map.of("name", "Hijacked", "regionId", owner.regionId(),
                "address", "Elsewhere 9", "latitude", 31.2, "longitude", 121.4));
        Map<String, Object> staffScope = Map.of("role", "GUIDE", "scopeType", "STORE", "scopeId", owner.storeId());

        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/stores", with(store, "code", "HIJACK"));
        bodies.put("PUT /api/v1/stores/{id}", with(store, "version", 0));
        bodies.put("POST /api/v1/stores/{id}/close", Map.of("reason", "hijacked"));
        bodies.put("POST /api/v1/stores/{id}/reopen", Map.of());
        bodies.put("POST /api/v1/warehouses", with(warehouse, "code", "HIJACK"));
        bodies.put("PUT /api/v1/warehouses/{id}", with(warehouse, "version", 0));
        bodies.put("POST /api/v1/warehouses/{id}/close", Map.of("reason", "hijacked"));
        bodies.put("POST /api/v1/staff", with(with(staffScope, "login", "hijack@" + owner.code() + "x"),
                "displayName", "Hijack"));
        bodies.put("PUT /api/v1/staff/{id}/role", with(staffScope, "version", 0));
        bodies.put("POST /api/v1/staff/{id}/disable", Map.of());
        bodies.put("POST /api/v1/staff/{id}/enable", Map.of());
        bodies.put("POST /api/v1/api-clients", Map.of("name", "Hijack", "role", "CASHIER", "scopeType", "STORE",
                "scopeId", owner.storeId()));
        bodies.put("POST /api/v1/api-clients/{id}/revoke", Map.of());
        bodies.put("POST /api/v1/regions", Map.of("code", "HIJACK", "name", "Hijack"));
        bodies.put("POST /api/v1/franchisees", Map.of("code", "HIJACK", "name", "Hijack"));
        // the brand's default is zh-CN: a change that reached the owner's brand would show in its snapshot
        bodies.put("PUT /api/v1/brand/default-language", Map.of("defaultLanguage", "en"));
        bodies.put("POST /api/v1/me/password", Map.of("currentPassword", "not-the-password",
                "newPassword", "whatever-123"));
        return bodies;
    }

    /**
     * The required query parameters of the endpoints that have some (keyed by {@link Endpoint#key()}), with valid
     * values naming the owner's objects, so that a walk can vary the other parameters one at a time.
     */
    public static Map<String, Map<String, String>> sampleQueries(Map<String, String> ids) {
        Map<String, Map<String, String>> queries = new LinkedHashMap<>(Map.of(
                "GET /api/v1/prices/resolve", Map.of("skuId", ids.get("skus")),
                "GET /api/v1/customers", Map.of("phone", NOBODYS_PHONE),
                "GET /api/v1/dev/sms", Map.of("phone", NOBODYS_PHONE),
                "GET /api/v1/orders/lookup", Map.of("number", ids.get("order-number")),
                "GET /api/v1/rfm-customers", Map.of("segment", "IMPORTANT_VALUE")));
        queries.putAll(io.oneshelf.order.booking.BookingObjects.sampleQueries(ids));
        queries.putAll(io.oneshelf.promotion.PromotionObjects.sampleQueries(ids));
        queries.putAll(io.oneshelf.pos.PosObjects.sampleQueries(ids));
        queries.putAll(io.oneshelf.guide.GuideObjects.sampleQueries(ids));
        queries.putAll(io.oneshelf.distribution.DistributionObjects.sampleQueries(ids));
        queries.putAll(io.oneshelf.guide.ContentObjects.sampleQueries(ids));
        return queries;
    }

    /** A copy of {@code map} with one more entry. */
    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** Everything the owner has, as text: any change by a walk shows up as a difference. */
    public String snapshot(Brand owner) {
        StringBuilder sb = new StringBuilder();
        // the brand itself: its settings (default language) are changed through the API too
        brands.jdbc().sql("select to_jsonb(x) from tenant x where id = :t").param("t", owner.tenantId())
                .query(String.class).list().forEach(sb::append);
        for (String table : List.of("region", "franchisee", "store", "warehouse", "staff", "api_client",
                "category", "product_brand", "spu", "sku", "barcode", "sku_price", "price_policy",
                "stock_location", "stock_balance", "stock_movement", "stock_reservation", "stock_transfer",
                "stocktake", "stocktake_line", "replenishment_order", "replenishment_order_line", "catalog_import",
                "catalog_import_error", "product_image", "routing_rule", "payment", "refund", "payment_entry", "sales_order", "order_line",
                "order_transition", "order_return", "order_settings", "fulfilment_task",
                "fulfilment_step", "pickup", "settlement_entry", "settlement_rule", "voucher_plan", "voucher",
                "voucher_use", "made_to_order", "pickup_slot", "pickup_slot_day", "order_booking", "wallet_plan", "wallet", "wallet_bucket",
                "wallet_topup", "wallet_entry", "customer_tag", "customer_identity", "customer_merge",
                "promotion", "coupon_template", "coupon", "coupon_merge_move", "settlement_wallet_entry", "flash_sale",
                "flash_sale_item", "flash_sale_claim")) {
            brands.jdbc().sql("select to_jsonb(x) - 'last_used_at' - 'last_login_at' from " + table
                              + " x where tenant_id = :t order by 1")
                    .param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        for (String table : io.oneshelf.social.SocialObjects.TABLES) {
            brands.jdbc().sql("select to_jsonb(x) from " + table + " x where tenant_id = :t order by 1")
                    .param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        for (String table : io.oneshelf.pos.PosObjects.TABLES) {
            brands.jdbc().sql("select to_jsonb(x) from " + table + " x where tenant_id = :t order by 1")
                    .param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        // loyalty's rules (its ledgers move with the owner's own orders while a walk runs)
        for (String table : io.oneshelf.loyalty.LoyaltyObjects.TABLES) {
            brands.jdbc().sql("select to_jsonb(x) from " + table + " x where tenant_id = :t order by 1")
                    .param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        for (String table : io.oneshelf.distribution.DistributionObjects.TABLES) {
            brands.jdbc().sql("select to_jsonb(x) from " + table + " x where tenant_id = :t order by 1")
                    .param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        brands.jdbc().sql(io.oneshelf.distribution.DistributionObjects.DECIDED).param("t", owner.tenantId())
                .query(String.class).list().forEach(sb::append);
        for (String query : io.oneshelf.guide.SopObjects.SNAPSHOT) {
            brands.jdbc().sql(query).param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        for (String query : io.oneshelf.guide.ContentObjects.SNAPSHOT) {
            brands.jdbc().sql(query).param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        for (String query : io.oneshelf.guide.GuideObjects.SNAPSHOT) {
            brands.jdbc().sql(query).param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
        // the owner's customer and their addresses (other customers of the brand change their own in a walk)
        OwnerShopper shopper = shoppers.get(owner.tenantId());
        if (shopper != null) {
            for (String table : List.of("customer", "customer_address", "cart_line")) {
                String key = table.equals("customer") ? "id" : "customer_id";
                brands.jdbc().sql("select to_jsonb(x) from " + table + " x where tenant_id = :t and " + key
                                  + " = :c order by 1")
                        .param("t", owner.tenantId()).param("c", shopper.customerId()).query(String.class).list()
                        .forEach(sb::append);
            }
        }
        // webhooks: what a walk could change, without what the delivery workers change by themselves
        brands.jdbc().sql("select to_jsonb(x) - 'failing_since' from webhook_endpoint x where tenant_id = :t"
                          + " order by 1").param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        brands.jdbc().sql("select to_jsonb(x) - 'status' - 'attempts' - 'next_attempt_at' - 'lease_token'"
                          + " - 'last_attempt_at' - 'last_status_code' - 'last_latency_ms' - 'last_response'"
                          + " - 'last_error' - 'delivered_at' from webhook_delivery x where tenant_id = :t order by 1")
                .param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        Path pictures = media.path().resolve(owner.tenantId().toString());
        if (Files.isDirectory(pictures)) {
            try (Stream<Path> files = Files.list(pictures)) {
                files.map(f -> f.getFileName().toString()).sorted().forEach(sb::append);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sb.toString();
    }
}
