package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.EndpointWalk;
import io.oneshelf.support.EndpointWalk.Endpoint;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks EVERY registered {@code /api/v1} endpoint as an intruder from another brand and as a user of the same
 * brand with a narrower scope, and proves that neither reads nor changes the owner's objects. The shop's endpoints
 * ({@code /api/v1/shop/{brandCode}/…}) are walked as customers instead: the owner's customer owns the objects, a
 * customer of another brand (at that brand's shop) and another customer of the same brand are the intruders (the
 * shop's shelf and stores are the brand's and open to every customer). An
 * endpoint added later is covered automatically: if this test does not know how to fill in its path variables or
 * body, it fails and says what to add to {@link EndpointWalk}.
 */
class TenantIsolationTest extends ApiTest {

    /**
     * Brand-wide objects: the one catalog (同貨), which of its SKUs sell as vouchers (voucher plans) and a SKU's
     * online stock are the same for every store, and so are customers (会员 belong to the brand), so any scope of the brand may read them, as are its promotions and coupon
     * templates (a store's staff see those that apply at their stores); changes stay restricted. Another brand still gets 404, and every answer
     * is still checked for leaks of places the reader cannot see.
     */
    private static final Set<String> BRAND_SHARED = Set.of("/api/v1/categories", "/api/v1/product-brands",
            "/api/v1/products", "/api/v1/skus", "/api/v1/barcodes", "/api/v1/stock/online", "/api/v1/customers",
            "/api/v1/shop/{brandCode}/products", "/api/v1/voucher-plans", "/api/v1/wallet-plans",
            // customers belong to the whole brand, and so do merges of two of them and the tags in use
            "/api/v1/customer-merges", "/api/v1/customer-tags", "/api/v1/rfm-segments",
            "/api/v1/rfm-customers", "/api/v1/promotions", "/api/v1/coupon-templates", "/api/v1/flash-sales",
            // a coupon of a template for every store is found by its code at any till of the brand
            "/api/v1/coupons/by-code",
            // group buys and bargains run for the brand (a till finds any group by its code); their groups and
            // bargains are shared by link and poster with anyone: a customer's own data there is masked
            "/api/v1/group-buys", "/api/v1/bargain-campaigns", "/api/v1/group-buy-groups",
            "/api/v1/shop/{brandCode}/group-buys", "/api/v1/shop/{brandCode}/groups", "/api/v1/shop/{brandCode}/bargains",
            "/api/v1/shop/{brandCode}/posters",
            // a guide's post is shared by link with anyone (decision 0054)
            "/api/v1/shop/{brandCode}/shares");
    /**
     * What every customer of the brand may do with an owner's object shared by link: a guide's post is opened by
     * anyone, and any customer puts its products in their own cart from it (decision 0054).
     */
    private static final Set<String> BRAND_SHARED_ACTIONS = Set.of(
            "POST /api/v1/shop/{brandCode}/shares/{code}/opens", "POST /api/v1/shop/{brandCode}/shares/{code}/cart");

    @Autowired
    EndpointWalk walk;

    @Test
    void another_brand_and_a_narrower_scope_can_neither_see_nor_change_the_owners_objects() {
        Brand owner = brands.aBrand();
        Brand intruderBrand = brands.aBrand();
        String ownerAdmin = api.login(owner.login("admin"), BrandFixture.PASSWORD);
        Map<String, String> ids = walk.ownerObjects(api, owner, ownerAdmin);
        Map<String, Object> bodies = EndpointWalk.sampleBodies(owner, ids);
        String snapshotBefore = walk.snapshot(owner);

        String intruder = api.login(intruderBrand.login("admin"), BrandFixture.PASSWORD);
        String narrower = api.login(owner.login("othermanager"), BrandFixture.PASSWORD);
        EndpointWalk.OwnerShopper ownerShopper = walk.ownerShopper(owner);
        Shopper intruderShopper = Shoppers.aShopper(api, intruderBrand.code());
        Shopper otherShopper = Shoppers.aShopper(api, owner.code());
        List<String> ownerCustomer = List.of(ownerShopper.phone(), ownerShopper.customerId().toString(),
                ownerShopper.addressId().toString());
        List<String> failures = new ArrayList<>();
        List<Endpoint> endpoints = walk.endpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);

        for (Endpoint endpoint : endpoints) {
            String path = EndpointWalk.fillIn(endpoint.pattern(), ids, failures);
            if (path == null) {
                continue;
            }
            boolean mutating = !endpoint.method().equals("GET");
            if (mutating && !bodies.containsKey(endpoint.key())) {
                failures.add("No sample body for " + endpoint.key() + ": add one to EndpointWalk.sampleBodies()");
                continue;
            }
            Object body = bodies.get(endpoint.key());
            boolean addressesOwnerObject = EndpointWalk.addressesOwnerObject(endpoint, path);
            if (addressesOwnerObject && endpoint.method().equals("GET")) {
                Reply own = api.get(path, endpoint.shop() ? ownerShopper.token() : ownerAdmin);
                if (own.status() != 200) {
                    failures.add(endpoint.key() + ": the owner itself gets " + own.status() + " (bad sample id?)");
                }
            }
            if (endpoint.shop()) {
                check(endpoint, EndpointWalk.atShopOf(path, intruderBrand.code()), body,
                        intruderShopper.accessToken(), "another brand's customer", owner, addressesOwnerObject, true,
                        List.of(), failures);
                check(endpoint, path, body, otherShopper.accessToken(), "another customer", owner,
                        addressesOwnerObject, false, ownerCustomer, failures);
                continue;
            }
            check(endpoint, path, body, intruder, "another brand", owner, addressesOwnerObject, true, List.of(),
                    failures);
            check(endpoint, path, body, narrower, "a narrower scope", owner, addressesOwnerObject, false, List.of(),
                    failures);
        }
        assertThat(failures).as("isolation failures").isEmpty();
        assertThat(walk.snapshot(owner)).as("the owner's data after the walk").isEqualTo(snapshotBefore);
    }

    private void check(Endpoint endpoint, String path, Object body, String token, String who, Brand owner,
                       boolean addressesOwnerObject, boolean crossTenant, List<String> secrets,
                       List<String> failures) {
        Reply reply = api.send(endpoint.method(), path, token, body, UUID.randomUUID().toString());
        String label = endpoint.key() + " as " + who + " -> " + reply.status();
        boolean sharedRead = !crossTenant && (endpoint.method().equals("GET")
                             && BRAND_SHARED.stream().anyMatch(endpoint.pattern()::startsWith)
                             || BRAND_SHARED_ACTIONS.contains(endpoint.key()));
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
        // the shop shows every customer the brand's stores (where to pick up, which have a product): only the
        // owner's customer's own data is theirs
        boolean storesAreSecret = crossTenant || !endpoint.shop();
        if (storesAreSecret && leaks(answer, owner, crossTenant)
            || answer != null && secrets.stream().anyMatch(answer::contains)) {
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
}
