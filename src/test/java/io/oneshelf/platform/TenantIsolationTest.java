package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.oneshelf.platform.blob.MediaProperties;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks EVERY registered {@code /api/v1} endpoint as an intruder from another brand and as a user of the same
 * brand with a narrower scope, and proves that neither reads nor changes the owner's objects. An endpoint added
 * later is covered automatically: if this test does not know how to fill in its path variables or body, it fails
 * and says what to add below.
 */
class TenantIsolationTest extends ApiTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /**
     * Brand-wide objects: the one catalog (同貨) and a SKU's online stock are the same for every store, so any
     * scope of the brand may read them; changes stay restricted. Another brand still gets 404, and every answer
     * is still checked for leaks of places the reader cannot see.
     */
    private static final Set<String> BRAND_SHARED = Set.of("/api/v1/categories", "/api/v1/product-brands",
            "/api/v1/products", "/api/v1/skus", "/api/v1/barcodes", "/api/v1/stock/online");


    @Autowired
    SkuFixture skus;

    @Autowired
    MediaProperties media;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One call as the owner's objects would be addressed; {@code targetsOwner} bodies name owner ids. */
    record Endpoint(String method, String pattern) {
        String key() {
            return method + " " + pattern;
        }
    }

    @Test
    void another_brand_and_a_narrower_scope_can_neither_see_nor_change_the_owners_objects() {
        Brand owner = brands.aBrand();
        Brand intruderBrand = brands.aBrand();
        String ownerAdmin = api.login(owner.login("admin"), BrandFixture.PASSWORD);
        Map<String, String> ids = ownerObjects(owner, ownerAdmin);
        Map<String, Object> bodies = sampleBodies(owner, ids.get("online"));
        bodies.putAll(CatalogObjects.pictureAndVariantBodies(ids));
        String snapshotBefore = snapshot(owner);

        String intruder = api.login(intruderBrand.login("admin"), BrandFixture.PASSWORD);
        String narrower = api.login(owner.login("othermanager"), BrandFixture.PASSWORD);
        List<String> failures = new ArrayList<>();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);

        for (Endpoint endpoint : endpoints) {
            String path = fillIn(endpoint.pattern(), ids, failures);
            if (path == null) {
                continue;
            }
            boolean mutating = !endpoint.method().equals("GET");
            if (mutating && !bodies.containsKey(endpoint.key())) {
                failures.add("No sample body for " + endpoint.key() + ": add one to sampleBodies()");
                continue;
            }
            Object body = bodies.get(endpoint.key());
            boolean addressesOwnerObject = !path.equals(endpoint.pattern()) && !path.startsWith("/api/v1/me");
            if (addressesOwnerObject && endpoint.method().equals("GET")) {
                Reply own = api.get(path, ownerAdmin);
                if (own.status() != 200) {
                    failures.add(endpoint.key() + ": the owner itself gets " + own.status() + " (bad sample id?)");
                }
            }
            check(endpoint, path, body, intruder, "another brand", owner, addressesOwnerObject, true, failures);
            check(endpoint, path, body, narrower, "a narrower scope", owner, addressesOwnerObject, false, failures);
        }
        assertThat(failures).as("isolation failures").isEmpty();
        assertThat(snapshot(owner)).as("the owner's data after the walk").isEqualTo(snapshotBefore);
    }

    private void check(Endpoint endpoint, String path, Object body, String token, String who, Brand owner,
                       boolean addressesOwnerObject, boolean crossTenant, List<String> failures) {
        Reply reply = api.send(endpoint.method(), path, token, body, UUID.randomUUID().toString());
        String label = endpoint.key() + " as " + who + " -> " + reply.status();
        boolean sharedRead = !crossTenant && endpoint.method().equals("GET")
                             && BRAND_SHARED.stream().anyMatch(endpoint.pattern()::startsWith);
        if (reply.status() >= 500) {
            failures.add(label + " (server error)");
        } else if (addressesOwnerObject && !sharedRead) {
            boolean hidden = crossTenant ? reply.status() == 404 : reply.status() == 404 || reply.status() == 403;
            if (!hidden) {
                failures.add(label + ", expected " + (crossTenant ? "404" : "403/404"));
            }
        } else if (endpoint.method().equals("POST") && body != null && referencesOwner(body, owner)
                   && reply.status() < 300) {
            failures.add(label + ": created something pointing at the owner's objects");
        }
        // the problem's "instance" echoes the path the caller sent; that is not a leak
        String answer = reply.raw() == null ? null : reply.raw().replace(path, "");
        if (leaks(answer, owner, crossTenant)) {
            failures.add(label + ": response mentions the owner's data: " + reply.raw());
        }
    }

    /** Another brand must see nothing of the owner; a store manager of store two nothing of store one. */
    private static boolean leaks(String raw, Brand owner, boolean crossTenant) {
        if (raw == null) {
            return false;
        }
        if (crossTenant) {
            return raw.contains(owner.code()) || raw.contains(owner.tenantId().toString());
        }
        return raw.contains(owner.storeId().toString()) || raw.contains("Store One " + owner.code())
               || raw.contains(owner.login("cashier"));
    }

    private static boolean referencesOwner(Object body, Brand owner) {
        String text = body.toString();
        return text.contains(owner.regionId().toString()) || text.contains(owner.storeId().toString());
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> result = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || pattern.startsWith("/api/v1/auth/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    fail("Endpoint " + pattern + " accepts every HTTP method; declare one");
                }
                for (RequestMethod method : methods) {
                    result.add(new Endpoint(method.name(), pattern));
                }
            }
        }
        return result;
    }

    /** Replaces {id} by the owner's object of the collection the path names, e.g. /stores/{id} -> a store. */
    private static String fillIn(String pattern, Map<String, String> ids, List<String> failures) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1);
            String id = ids.get(collection);
            if (id == null) {
                failures.add("No owner object for {" + m.group(1) + "} in " + pattern
                             + ": add one for '" + collection + "' to ownerObjects()");
                return null;
            }
            m.appendReplacement(path, id);
        }
        m.appendTail(path);
        return path.toString();
    }

    /** One object of the owner per collection, reachable through the API by the owner. */
    private Map<String, String> ownerObjects(Brand owner, String ownerAdmin) {
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
        return ids;
    }

    /** A valid body for every mutating endpoint, pointing at the owner's objects where it can. */
    private static Map<String, Object> sampleBodies(Brand owner, String sku) {
        Map<String, Object> store = new LinkedHashMap<>(Map.of("name", "Hijacked", "kind", "DIRECT",
                "regionId", owner.regionId(), "address", "Elsewhere 9", "latitude", 31.2, "longitude", 121.4,
                "opensAt", "09:00", "closesAt", "21:00"));
        Map<String, Object> newStore = new LinkedHashMap<>(store);
        newStore.put("code", "HIJACK");
        Map<String, Object> editStore = new LinkedHashMap<>(store);
        editStore.put("version", 0);
        Map<String, Object> warehouse = new LinkedHashMap<>(Map.of("name", "Hijacked", "regionId", owner.regionId(),
                "address", "Elsewhere 9", "latitude", 31.2, "longitude", 121.4));
        Map<String, Object> newWarehouse = new LinkedHashMap<>(warehouse);
        newWarehouse.put("code", "HIJACK");
        Map<String, Object> editWarehouse = new LinkedHashMap<>(warehouse);
        editWarehouse.put("version", 0);
        Map<String, Object> staffScope = Map.of("role", "GUIDE", "scopeType", "STORE", "scopeId", owner.storeId());
        Map<String, Object> newStaff = new LinkedHashMap<>(staffScope);
        newStaff.put("login", "hijack@" + owner.code() + "x");
        newStaff.put("displayName", "Hijack");

        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/stores", newStore);
        bodies.put("PUT /api/v1/stores/{id}", editStore);
        bodies.put("POST /api/v1/stores/{id}/close", Map.of("reason", "hijacked"));
        bodies.put("POST /api/v1/stores/{id}/reopen", Map.of());
        bodies.put("POST /api/v1/warehouses", newWarehouse);
        bodies.put("PUT /api/v1/warehouses/{id}", editWarehouse);
        bodies.put("POST /api/v1/warehouses/{id}/close", Map.of("reason", "hijacked"));
        bodies.put("POST /api/v1/staff", newStaff);
        Map<String, Object> assignRole = new LinkedHashMap<>(staffScope);
        assignRole.put("version", 0);
        bodies.put("PUT /api/v1/staff/{id}/role", assignRole);
        bodies.put("POST /api/v1/staff/{id}/disable", Map.of());
        bodies.put("POST /api/v1/staff/{id}/enable", Map.of());
        bodies.put("POST /api/v1/api-clients", Map.of("name", "Hijack", "role", "CASHIER", "scopeType", "STORE",
                "scopeId", owner.storeId()));
        bodies.put("POST /api/v1/api-clients/{id}/revoke", Map.of());
        bodies.put("POST /api/v1/regions", Map.of("code", "HIJACK", "name", "Hijack"));
        bodies.put("POST /api/v1/franchisees", Map.of("code", "HIJACK", "name", "Hijack"));
        Map<String, Object> stockLine = Map.of("skuId", sku, "locationId", owner.storeId(), "quantity", 1);
        bodies.put("POST /api/v1/stock/receipts", stockLine);
        Map<String, Object> adjustment = new LinkedHashMap<>(stockLine);
        adjustment.put("reason", "hijack");
        bodies.put("POST /api/v1/stock/adjustments", adjustment);
        bodies.put("PUT /api/v1/stock-locations/{placeId}", Map.of("sharedWithOnline", true, "safetyStock", 9));
        bodies.put("POST /api/v1/stock/reservations", Map.of("reference", "HIJACK", "expiresInSeconds", 60,
                "lines", List.of(stockLine)));
        bodies.put("POST /api/v1/stock/reservations/{id}/confirm", Map.of());
        bodies.put("POST /api/v1/stock/reservations/{id}/release", Map.of());
        Map<String, Object> transferLines = Map.of("lines", List.of(Map.of("skuId", sku, "quantity", 1)));
        bodies.put("POST /api/v1/stock/transfers", Map.of("fromPlaceId", owner.storeId(),
                "toPlaceId", owner.warehouseId(), "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        bodies.put("POST /api/v1/stock/transfers/{id}/ship", transferLines);
        bodies.put("POST /api/v1/stock/transfers/{id}/receive", transferLines);
        bodies.put("POST /api/v1/stock/transfers/{id}/cancel", Map.of());
        bodies.put("POST /api/v1/stock/stocktakes", Map.of("placeId", owner.storeId()));
        bodies.put("PUT /api/v1/stock/stocktakes/{id}/counts", Map.of("lines",
                List.of(Map.of("skuId", sku, "countedQuantity", 0))));
        bodies.put("POST /api/v1/stock/stocktakes/{id}/post", Map.of());
        bodies.put("POST /api/v1/stock/stocktakes/{id}/cancel", Map.of());
        bodies.put("POST /api/v1/stock/replenishment-orders", Map.of("storeId", owner.storeId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        bodies.put("POST /api/v1/stock/replenishment-orders/{id}/approve", Map.of("warehouseId",
                owner.warehouseId(), "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        bodies.put("POST /api/v1/stock/replenishment-orders/{id}/reject", Map.of("reason", "hijacked"));
        bodies.put("POST /api/v1/stock/replenishment-orders/{id}/cancel", Map.of());
        bodies.put("POST /api/v1/me/password", Map.of("currentPassword", "not-the-password",
                "newPassword", "whatever-123"));
        bodies.putAll(CatalogObjects.sampleBodies(owner));
        return bodies;
    }

    /** Everything the owner has, as text: any change by the walk shows up as a difference. */
    private String snapshot(Brand owner) {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("region", "franchisee", "store", "warehouse", "staff", "api_client",
                "category", "product_brand", "spu", "sku", "barcode", "sku_price", "price_policy",
                "stock_location", "stock_balance", "stock_movement", "stock_reservation", "stock_transfer",
                "stocktake", "stocktake_line", "replenishment_order", "replenishment_order_line", "catalog_import",
                "catalog_import_error", "product_image")) {
            brands.jdbc().sql("select to_jsonb(x) - 'last_used_at' - 'last_login_at' from " + table
                              + " x where tenant_id = :t order by 1")
                    .param("t", owner.tenantId()).query(String.class).list().forEach(sb::append);
        }
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
