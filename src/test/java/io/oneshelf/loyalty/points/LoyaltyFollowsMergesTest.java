package io.oneshelf.loyalty.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.loyalty.tier.Tier;
import io.oneshelf.loyalty.tier.TierDesk;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Points, wallet value and growth follow customer merges (decision 0042): a merge moves the merged customer's points
 * and each owner's wallet value to the survivor as transfer pairs and lifts the survivor's tier; an undo moves exactly
 * that back, or what the survivor still has with the rest recorded as the shortfall. The ledgers reconcile throughout.
 */
class LoyaltyFollowsMergesTest extends ApiTest {

    @Autowired
    PointsDesk desk;
    @Autowired
    PointsLedger ledger;
    @Autowired
    PointsCheck check;
    @Autowired
    TierDesk tiers;

    private Brand brand;
    private String admin;
    private Shopper anna;
    private Shopper annaAgain;

    @BeforeEach
    void annaWithPointsAndWalletUnderTwoAccounts() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 6,
                "version", 0, "tiers", List.of(
                        Map.of("code", "MEMBER", "name", "Member", "threshold", 0, "multiplierPercent", 100,
                                "freeShipping", false, "birthdayPoints", 0),
                        Map.of("code", "GOLD", "name", "Gold", "threshold", 200, "multiplierPercent", 100,
                                "freeShipping", true, "birthdayPoints", 0)))).status()).isEqualTo(200);
        anna = Shoppers.aShopper(api, brand.code());
        annaAgain = Shoppers.aShopper(api, brand.code());
        aPaidOrder(anna.customerId(), 5_000);
        aPaidOrder(annaAgain.customerId(), 18_000);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        aCashTopUp(cashier, anna.customerId(), 3_000);
        aCashTopUp(cashier, annaAgain.customerId(), 10_000);
        assertThat(tierOf(anna)).isEqualTo("MEMBER");
        assertThat(tierOf(annaAgain)).isEqualTo("MEMBER");
    }

    @Test
    void a_merge_moves_points_and_wallet_value_to_the_survivor_and_lifts_their_tier() {
        String merge = merge();

        Eventually.until("the points to follow the merge", Duration.ofSeconds(20),
                () -> points(anna), p -> p == 50 + 180);
        assertThat(points(annaAgain)).isZero();
        JsonNode wallet = Eventually.until("the wallet to follow the merge", Duration.ofSeconds(20),
                () -> wallet(anna), w -> w.get("balance").asLong() == 13_000);
        assertThat(wallet.get("owners").get(0).get("principal").asLong()).isEqualTo(13_000);
        assertThat(wallet(annaAgain).get("balance").asLong()).isZero();
        Eventually.until("the survivor's tier to be recomputed", Duration.ofSeconds(20), () -> tierOf(anna),
                "GOLD"::equals);
        assertThat(kinds(annaAgain)).contains("MERGE_OUT");
        assertThat(kinds(anna)).contains("MERGE_IN");
        assertThat(brands.jdbc().sql("select count(*) from wallet_entry where tenant_id = :t and reference = :r")
                .param("t", brand.tenantId()).param("r", "merge:" + merge).query(Long.class).single())
                .as("one pair: out of one wallet, into the other").isEqualTo(2);
        assertReconciled();
    }

    @Test
    void an_undo_moves_back_exactly_what_moved() {
        String merge = merge();
        Eventually.until("the merge followed", Duration.ofSeconds(20), () -> points(anna) == 230
                && wallet(anna).get("balance").asLong() == 13_000 && "GOLD".equals(tierOf(anna)), ok -> ok);

        assertThat(api.post("/api/v1/customer-merges/" + merge + "/undo", admin, Map.of()).status()).isEqualTo(200);

        Eventually.until("the undo followed", Duration.ofSeconds(20), () -> points(annaAgain) == 180
                && wallet(annaAgain).get("balance").asLong() == 10_000 && "MEMBER".equals(tierOf(anna)), ok -> ok);
        assertThat(points(anna)).isEqualTo(50);
        assertThat(wallet(anna).get("balance").asLong()).isEqualTo(3_000);
        assertThat(shortfalls(merge)).isZero();
        assertReconciled();
    }

    @Test
    void an_undo_after_the_survivor_spent_moves_back_what_is_left_and_records_the_rest() {
        String merge = merge();
        Eventually.until("the points to follow the merge", Duration.ofSeconds(20), () -> points(anna),
                p -> p == 230);
        // anna pays 2.10 yuan with 210 points: only 20 are left of the 230
        desk.redeem(PointsOrders.aMove(brand.tenantId(), anna.customerId(), UUID.randomUUID(), UUID.randomUUID(),
                210));

        assertThat(api.post("/api/v1/customer-merges/" + merge + "/undo", admin, Map.of()).status()).isEqualTo(200);

        Eventually.until("the undo followed", Duration.ofSeconds(20), () -> points(annaAgain), p -> p == 20);
        assertThat(points(anna)).isZero();
        assertThat(shortfalls(merge)).isEqualTo(160);
        Eventually.until("the wallet to go back", Duration.ofSeconds(20),
                () -> wallet(annaAgain).get("balance").asLong(), b -> b == 10_000);
        assertReconciled();
    }

    private String merge() {
        Reply merged = api.post("/api/v1/customers/" + anna.customerId() + "/merges", admin,
                Map.of("mergedId", annaAgain.customerId()));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
        return merged.id();
    }

    /** A till order of {@code goods} fen paid by the customer: its growth and points (one per yuan). */
    private void aPaidOrder(UUID customer, long goods) {
        var order = PointsOrders.aPaidOrder(brand.tenantId(), customer, UUID.randomUUID(), goods, 0);
        Tier tier = tiers.earn(order).orElseThrow();
        desk.earn(order, tier.code(), tier.multiplierPercent());
    }

    private void aCashTopUp(String cashier, UUID customer, long amount) {
        Reply topUp = api.post("/api/v1/wallet-top-ups", cashier, Map.of("customerId", customer, "storeId",
                brand.storeId(), "amount", amount, "tender", "CASH", "cashTendered", amount));
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
    }

    private long points(Shopper who) {
        return ledger.balance(brand.tenantId(), who.customerId());
    }

    private JsonNode wallet(Shopper who) {
        return api.get("/api/v1/customers/" + who.customerId() + "/wallet", admin).body();
    }

    private String tierOf(Shopper who) {
        return tiers.tierOf(brand.tenantId(), who.customerId()).map(Tier::code).orElse(null);
    }

    private List<String> kinds(Shopper who) {
        return ledger.entries(brand.tenantId(), who.customerId(), null, 50).stream().map(PointsEntry::kind).toList();
    }

    private long shortfalls(String merge) {
        return brands.jdbc().sql("select coalesce(sum(points), 0) from loyalty_merge_shortfall"
                        + " where tenant_id = :t and merge_id = :m").param("t", brand.tenantId())
                .param("m", UUID.fromString(merge)).query(Long.class).single();
    }

    private void assertReconciled() {
        assertThat(check.check(brand.tenantId(), null).differences()).isEmpty();
        JsonNode wallets = api.get("/api/v1/wallets/check", admin).body();
        assertThat(wallets.get("differences").size()).as(wallets.toString()).isZero();
        assertThat(wallets.get("topUpsOff").asLong()).isZero();
    }
}
