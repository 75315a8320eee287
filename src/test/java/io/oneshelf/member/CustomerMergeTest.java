package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An admin merges two customers who are one person: identities, addresses, tags and orders move to the survivor,
 * the merged one is no longer listed or found; undone (until confirmed), exactly that moves back.
 */
class CustomerMergeTest extends ApiTest {

    @Autowired
    SkuFixture skus;
    @Autowired
    Customers customers;

    private Brand brand;
    private String admin;
    private Shopper anna;
    private Shopper annaAgain;
    private String annasOrder;

    @BeforeEach
    void twoCustomersWhoAreOnePerson() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        anna = Shoppers.aShopper(api, brand.code());
        annaAgain = Shoppers.aShopper(api, brand.code());
        assertThat(api.post(anna.path("/me/addresses"), anna.accessToken(), Shoppers.anAddress("Anna home"))
                .status()).isEqualTo(201);
        assertThat(api.post(annaAgain.path("/me/addresses"), annaAgain.accessToken(),
                Shoppers.anAddress("Anna office")).status()).isEqualTo(201);
        tag(anna, "regular");
        tag(annaAgain, "regular");
        tag(annaAgain, "VIP");
        brands.jdbc().sql("insert into customer_identity(id, tenant_id, customer_id, kind, value, created_at)"
                        + " values (:id, :t, :c, 'WECHAT_OPENID', :openid, now())")
                .param("id", UUID.randomUUID()).param("t", brand.tenantId()).param("c", annaAgain.customerId())
                .param("openid", "o-" + annaAgain.phone()).update();
        annasOrder = anOrderFor(annaAgain.customerId());
    }

    @Test
    void a_merge_moves_identities_addresses_tags_and_orders_to_the_survivor() {
        Reply merged = merge(anna, annaAgain);

        assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
        assertThat(merged.body().get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.header("Location")).endsWith("/api/v1/customer-merges/" + merged.id());
        JsonNode profile = profile(anna);
        assertThat(strings(profile.get("tags"))).containsExactlyInAnyOrder("VIP", "regular");
        assertThat(strings(profile.get("identities"), "kind")).contains("WECHAT_OPENID");
        assertThat(addresses(anna)).containsExactlyInAnyOrder("Anna home", "Anna office");
        assertThat(addresses(anna)).first().isEqualTo("Anna home"); // the survivor's preferred one stays preferred
        assertThat(profile(annaAgain).get("mergedIntoId").asString()).isEqualTo(anna.customerId().toString());
        assertThat(listedIds("")).contains(anna.customerId().toString())
                .doesNotContain(annaAgain.customerId().toString());
        assertThat(api.get("/api/v1/customers?phone=" + annaAgain.phone(), admin).body().get("items").get(0)
                .get("id").asString()).isEqualTo(anna.customerId().toString());
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_OPENID, "o-" + annaAgain.phone()))
                .map(Customer::id).contains(anna.customerId());
        Eventually.until("the merged customer's order to be the survivor's", Duration.ofSeconds(20),
                () -> orderIds(anna), ids -> ids.contains(annasOrder));
        assertThat(orderIds(annaAgain)).isEmpty();
    }

    @Test
    void an_undone_merge_gives_back_exactly_what_moved() {
        String merge = merge(anna, annaAgain).id();
        Eventually.until("the order moved", Duration.ofSeconds(20), () -> orderIds(anna),
                ids -> ids.contains(annasOrder));

        Reply undone = api.post("/api/v1/customer-merges/" + merge + "/undo", admin, Map.of());

        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.body().get("status").asString()).isEqualTo("UNDONE");
        assertThat(strings(profile(anna).get("tags"))).containsExactly("regular");
        assertThat(strings(profile(annaAgain).get("tags"))).containsExactlyInAnyOrder("VIP", "regular");
        assertThat(profile(annaAgain).get("mergedIntoId").isNull()).isTrue();
        assertThat(addresses(anna)).containsExactly("Anna home");
        assertThat(addresses(annaAgain)).containsExactly("Anna office");
        assertThat(brands.jdbc().sql("select preferred from customer_address where customer_id = :c")
                .param("c", annaAgain.customerId()).query(Boolean.class).single()).isTrue();
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_OPENID, "o-" + annaAgain.phone()))
                .map(Customer::id).contains(annaAgain.customerId());
        assertThat(listedIds("")).contains(annaAgain.customerId().toString());
        Eventually.until("the order back with its customer", Duration.ofSeconds(20), () -> orderIds(annaAgain),
                ids -> ids.contains(annasOrder));
        assertThat(orderIds(anna)).doesNotContain(annasOrder);
        assertThat(api.post("/api/v1/customer-merges/" + merge + "/undo", admin, Map.of()).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/customer-merges/" + merge + "/confirm", admin, Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void a_confirmed_merge_can_no_longer_be_undone_and_both_are_audited() {
        String merge = merge(anna, annaAgain).id();

        Reply confirmed = api.post("/api/v1/customer-merges/" + merge + "/confirm", admin, Map.of());

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().get("status").asString()).isEqualTo("CONFIRMED");
        Reply undo = api.post("/api/v1/customer-merges/" + merge + "/undo", admin, Map.of());
        assertThat(undo.status()).isEqualTo(409);
        assertThat(undo.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(brands.jdbc().sql("select action from audit_event where tenant_id = :t and entity_id = :m"
                        + " order by occurred_at").param("t", brand.tenantId()).param("m", UUID.fromString(merge))
                .query(String.class).list()).containsExactly("customer.merged", "customer.merge-confirmed");
        assertThat(api.get("/api/v1/customer-merges?customerId=" + annaAgain.customerId(), admin).body()
                .get("items").get(0).get("id").asString()).isEqualTo(merge);
    }

    @Test
    void merging_a_customer_into_themselves_is_400_on_mergedId_and_changes_nothing() {
        Reply refused = merge(anna, anna);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("mergedId");
        Reply missing = api.post("/api/v1/customers/" + anna.customerId() + "/merges", admin, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("mergedId");
        assertThat(brands.count("customer_merge", brand.tenantId())).isZero();
    }

    @Test
    void a_customer_already_merged_is_409_and_another_brands_customer_404() {
        assertThat(merge(anna, annaAgain).status()).isEqualTo(201);

        Reply again = merge(anna, annaAgain);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("mergedId");
        assertThat(merge(annaAgain, anna).status()).isEqualTo(409);
        Shopper stranger = Shoppers.aShopper(api, brands.aBrand().code());
        assertThat(merge(anna, stranger).status()).isEqualTo(404);
        assertThat(brands.count("customer_merge", brand.tenantId())).isOne();
    }

    @Test
    void guides_and_store_managers_may_not_merge_or_tag() {
        for (String who : List.of("guide", "othermanager")) {
            String token = api.login(brand.login(who), BrandFixture.PASSWORD);
            assertThat(api.post("/api/v1/customers/" + anna.customerId() + "/merges", token,
                    Map.of("mergedId", annaAgain.customerId())).status()).as(who).isEqualTo(403);
            assertThat(api.post("/api/v1/customers/" + anna.customerId() + "/tags", token, Map.of("tag", "x"))
                    .status()).as(who).isEqualTo(403);
        }
        assertThat(brands.count("customer_merge", brand.tenantId())).isZero();
    }

    private Reply merge(Shopper survivor, Shopper merged) {
        return api.post("/api/v1/customers/" + survivor.customerId() + "/merges", admin,
                Map.of("mergedId", merged.customerId()));
    }

    private void tag(Shopper who, String tag) {
        Reply tagged = api.post("/api/v1/customers/" + who.customerId() + "/tags", admin, Map.of("tag", tag));
        assertThat(tagged.status()).as(tagged.toString()).isEqualTo(204);
    }

    private JsonNode profile(Shopper who) {
        Reply profile = api.get("/api/v1/customers/" + who.customerId() + "/profile", admin);
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        return profile.body();
    }

    private List<String> addresses(Shopper who) {
        return strings(api.get("/api/v1/customers/" + who.customerId() + "/addresses", admin).body(), "recipient");
    }

    private List<String> listedIds(String query) {
        return strings(api.get("/api/v1/customers?limit=200" + query, admin).body().get("items"), "id");
    }

    private List<String> orderIds(Shopper who) {
        return strings(api.get("/api/v1/orders?customerId=" + who.customerId(), admin).body().get("items"), "id");
    }

    private String anOrderFor(UUID customerId) {
        UUID sku = skus.aPricedSku(brand, 1500);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 3)).status()).isEqualTo(201);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Reply placed = api.post("/api/v1/orders", cashier, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customerId,
                "lines", List.of(Map.of("skuId", sku, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1500, "cashTendered", 1500))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.id();
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    static List<String> strings(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }
}
