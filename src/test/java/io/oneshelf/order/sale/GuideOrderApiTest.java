package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.oneshelf.inventory.StockClient;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.member.IdentityKind;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.Tender;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Guide-assisted orders (代客下單): a guide finds or registers a customer by phone, builds their order, and sends the
 * pay link; the customer signs in to the shop and pays it; the order is paid and credited to the guide, whose orders
 * no other guide sees.
 */
class GuideOrderApiTest extends ApiTest {

    private static final HttpClient SANDBOX = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    SkuFixture skus;

    @Autowired
    Orders orders;

    @Autowired
    Customers customers;

    private Brand brand;
    private String guide;
    private String manager;
    private UUID guideId;
    private UUID tea;

    @BeforeEach
    void aGuideAtAStoreWithTeaInStock() {
        brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        guideId = UUID.fromString(api.get("/api/v1/me", guide).body().get("id").asString());
        tea = skus.aPricedSku(brand, 1500);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0)).status()).isEqualTo(200);
        assertThat(new StockClient(api, admin).receive(tea, brand.storeId(), 10).status()).isEqualTo(201);
    }

    @Test
    void a_guide_orders_for_a_customer_found_by_phone_who_pays_by_link_and_the_sale_is_the_guides() throws Exception {
        String phone = Shoppers.aPhone();
        Reply registered = api.post("/api/v1/customers", guide, Map.of("phone", phone.substring(0, 3) + " "
                + phone.substring(3, 7) + " " + phone.substring(7)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.body().get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****"
                + phone.substring(7));
        assertThat(registered.body().get("phoneMasked").asBoolean()).isTrue();
        String customerId = registered.id();
        Reply found = api.post("/api/v1/customers", guide, Map.of("phone", "+86" + phone));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.id()).isEqualTo(customerId);

        Reply placed = api.post("/api/v1/orders", guide, pickupFor(customerId, 2));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String order = placed.id();
        assertThat(placed.body().get("guideId").asString()).isEqualTo(guideId.toString());
        assertThat(placed.body().get("total").asLong()).isEqualTo(3000);

        Reply link = api.get("/api/v1/orders/" + order + "/pay-link", guide);
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        String url = link.body().get("url").asString();
        assertThat(url).isEqualTo(api.base() + "/shop.html#/" + brand.code() + "/orders/" + order);
        assertThat(link.body().get("path").asString()).isEqualTo("/shop.html#/" + brand.code() + "/orders/" + order);
        assertThat(link.body().get("payable").asBoolean()).isTrue();
        assertThat(link.body().get("outstanding").asLong()).isEqualTo(3000);
        assertThat(qr(order, guide)).isEqualTo(url);

        Shoppers.Shopper customer = Shoppers.signIn(api, brand.code(), phone);
        assertThat(customer.customerId().toString()).isEqualTo(customerId);
        Payment payment = orders.pay(new PayOrder(brand.tenantId(), UUID.fromString(order), null,
                customer.customerId(), Tender.WECHAT_PAY, null, null, null, UUID.randomUUID().toString()));
        assertThat(payment.payUrl()).contains("/sandbox/wechatpay/pay/");
        assertThat(payOnTheSandboxPage(payment.payUrl())).isEqualTo(303);

        JsonNode paid = Eventually.until("the order paid", Duration.ofSeconds(20),
                () -> api.get("/api/v1/orders/" + order, guide).body(), o -> o.get("paid").asLong() == 3000);
        assertThat(paid.get("status").asString()).isIn("PAID", "FULFILLING");
        assertThat(paid.get("guideId").asString()).isEqualTo(guideId.toString());
        assertThat(api.get("/api/v1/orders/" + order + "/pay-link", guide).body().get("payable").asBoolean())
                .isFalse();
        assertThat(ids(api.get("/api/v1/orders?guideId=" + guideId, manager))).contains(order);
    }

    @Test
    void the_wechat_openid_that_paid_a_customers_order_finds_that_customer_afterwards() throws Exception {
        String customerId = api.post("/api/v1/customers", guide, Map.of("phone", Shoppers.aPhone())).id();
        String order = api.post("/api/v1/orders", guide, pickupFor(customerId, 1)).id();
        String openid = "oPayer" + UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_OPENID, openid)).isEmpty();
        Payment payment = orders.pay(new PayOrder(brand.tenantId(), UUID.fromString(order), null,
                UUID.fromString(customerId), Tender.WECHAT_PAY, null, null, null, UUID.randomUUID().toString()));

        assertThat(payOnTheSandboxPage(payment.payUrl(), openid)).isEqualTo(303);

        Optional<Customer> payer = Eventually.until("the payer known by their openid", Duration.ofSeconds(20),
                () -> customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_OPENID, openid),
                Optional::isPresent);
        assertThat(payer.orElseThrow().id().toString()).isEqualTo(customerId);
    }

    @Test
    void a_guide_sees_and_credits_only_their_own_orders_and_their_manager_sees_them_all() {
        brands.aStaffMember(brand, "guide2", "GUIDE", "STORE", brand.storeId());
        String other = api.login(brand.login("guide2"), BrandFixture.PASSWORD);
        String customer = api.post("/api/v1/customers", guide, Map.of("phone", Shoppers.aPhone())).id();
        String order = api.post("/api/v1/orders", guide, pickupFor(customer, 1)).id();

        assertThat(api.get("/api/v1/orders/" + order, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + order + "/pay-link", other).status()).isEqualTo(404);
        assertThat(api.bytes("/api/v1/orders/" + order + "/pay-link/qr.png",
                Map.of("Authorization", "Bearer " + other)).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/orders/" + order + "/cancel", other, Map.of()).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/orders", other))).doesNotContain(order);
        assertThat(ids(api.get("/api/v1/orders?guideId=" + guideId, other))).isEmpty();
        Map<String, Object> forTheFirst = new java.util.HashMap<>(pickupFor(customer, 1));
        forTheFirst.put("guideId", guideId);
        Reply credited = api.post("/api/v1/orders", other, forTheFirst);
        assertThat(credited.status()).as(credited.toString()).isEqualTo(400);
        assertThat(credited.body().get("errors").get(0).get("field").asString()).isEqualTo("guideId");

        assertThat(ids(api.get("/api/v1/orders", guide))).contains(order);
        assertThat(ids(api.get("/api/v1/orders?channel=GUIDE&guideId=" + guideId, manager))).containsExactly(order);
        Reply byManager = api.post("/api/v1/orders", manager, forTheFirst);
        assertThat(byManager.status()).as(byManager.toString()).isEqualTo(201);
        assertThat(byManager.body().get("guideId").asString()).isEqualTo(guideId.toString());
        forTheFirst.put("guideId", UUID.randomUUID());
        Reply nobody = api.post("/api/v1/orders", manager, forTheFirst);
        assertThat(nobody.status()).as(nobody.toString()).isEqualTo(400);
        assertThat(nobody.body().get("errors").get(0).get("field").asString()).isEqualTo("guideId");
    }

    @Test
    void a_phone_that_is_not_a_mobile_number_is_refused_on_its_field_and_registers_nobody() {
        long before = brands.count("customer", brand.tenantId());
        for (String bad : List.of("12345", "02162880001", "1381234567x")) {
            Reply refused = api.post("/api/v1/customers", guide, Map.of("phone", bad));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
        }
        Reply missing = api.post("/api/v1/customers", guide, Map.of());
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
        assertThat(brands.count("customer", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void a_guide_delivers_to_one_of_the_customers_addresses_named_by_its_id() {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());
        Reply added = api.post(shopper.path("/me/addresses"), shopper.accessToken(), Shoppers.anAddress("Lin Yu"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Reply book = api.get("/api/v1/customers/" + shopper.customerId() + "/addresses", guide);
        assertThat(book.status()).as(book.toString()).isEqualTo(200);
        assertThat(book.body().get(0).get("phone").asString()).isEqualTo("138****8000");
        assertThat(api.get("/api/v1/customers/" + UUID.randomUUID() + "/addresses", guide).status()).isEqualTo(404);

        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "EXPRESS",
                "customerId", shopper.customerId(), "addressId", added.id(),
                "lines", List.of(Map.of("skuId", tea, "quantity", 1))));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode address = placed.body().get("address");
        assertThat(address.get("recipient").asString()).isEqualTo("Lin Yu");
        assertThat(address.get("phone").asString()).isEqualTo("13800138000");
        assertThat(address.get("text").asString()).contains("人民大道200号");
        Reply strangers = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "EXPRESS",
                "customerId", api.post("/api/v1/customers", guide, Map.of("phone", Shoppers.aPhone())).id(),
                "addressId", added.id(), "lines", List.of(Map.of("skuId", tea, "quantity", 1))));
        assertThat(strangers.status()).as(strangers.toString()).isEqualTo(400);
        assertThat(strangers.body().get("errors").get(0).get("field").asString()).isEqualTo("addressId");
    }

    private Map<String, Object> pickupFor(String customerId, long quantity) {
        return Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId", brand.storeId(),
                "customerId", customerId, "lines", List.of(Map.of("skuId", tea, "quantity", quantity)));
    }

    /** What a phone reads from the pay link's QR image. */
    private String qr(String order, String token) throws Exception {
        HttpResponse<byte[]> png = api.bytes("/api/v1/orders/" + order + "/pay-link/qr.png?size=240",
                Map.of("Authorization", "Bearer " + token));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/png"));
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))),
                // a generated picture, not a photo: read as such (without the hint, about 1 in 200 random contents
                // is not found by the photo detector)
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    /** The customer confirms on the sandbox's pay page, and the gateway notifies at once. */
    private static int payOnTheSandboxPage(String payUrl) throws Exception {
        return payOnTheSandboxPage(payUrl, "");
    }

    private static int payOnTheSandboxPage(String payUrl, String openid) throws Exception {
        return SANDBOX.send(HttpRequest.newBuilder(URI.create(payUrl + "/confirm"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("openid=" + openid + "&notify=now")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> ids(Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.body().get("items").forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }
}
