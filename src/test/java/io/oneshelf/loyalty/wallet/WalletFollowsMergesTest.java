package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.payment.AccountTender;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wallet value follows a merge per owner, principal and bonus apart; undone after the survivor spent most of it,
 * each part goes back as far as the survivor still holds it and the rest is recorded as the shortfall, per owner.
 */
class WalletFollowsMergesTest extends ApiTest {

    @Autowired
    WalletTender tender;
    @Autowired
    WalletCheck check;
    @Autowired
    TransactionTemplate tx;

    @Test
    void an_undo_after_the_survivor_spent_gives_back_what_is_left_of_principal_and_bonus_and_records_the_rest() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Shopper anna = Shoppers.aShopper(api, brand.code());
        Shopper annaAgain = Shoppers.aShopper(api, brand.code());
        String plan = WalletFixture.aPlan(api, admin, "Pay 100 get 120", 10_000, 2_000);
        WalletFixture.aPlanTopUp(api, cashier, annaAgain.customerId(), brand.storeId(), plan, 10_000);
        WalletFixture.aCashTopUp(api, cashier, anna.customerId(), brand.storeId(), 3_000);

        Reply merged = api.post("/api/v1/customers/" + anna.customerId() + "/merges", admin,
                Map.of("mergedId", annaAgain.customerId()));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
        Eventually.until("the wallet to follow the merge", Duration.ofSeconds(20),
                () -> wallet(admin, anna), w -> w[0] == 13_000 && w[1] == 2_000);
        assertThat(wallet(admin, annaAgain)).containsExactly(0, 0);

        // anna pays 120 yuan online: principal and bonus in proportion (10,400 and 1,600); 2,600 and 400 are left
        tx.executeWithoutResult(s -> tender.debit(new AccountTender.Move(brand.tenantId(), anna.customerId(),
                "test:spend", UUID.randomUUID(), UUID.randomUUID(), 12_000, null)));
        assertThat(wallet(admin, anna)).containsExactly(2_600, 400);

        assertThat(api.post("/api/v1/customer-merges/" + merged.id() + "/undo", admin, Map.of()).status())
                .isEqualTo(200);

        Eventually.until("the wallet to go back", Duration.ofSeconds(20), () -> wallet(admin, annaAgain),
                w -> w[0] == 2_600 && w[1] == 400);
        assertThat(wallet(admin, anna)).containsExactly(0, 0);
        assertThat(brands.jdbc().sql("""
                        select principal || '/' || bonus from loyalty_merge_shortfall
                        where tenant_id = :t and merge_id = :m and kind = 'WALLET'""")
                .param("t", brand.tenantId()).param("m", UUID.fromString(merged.id())).query(String.class).list())
                .containsExactly("7400/1600");
        WalletCheck.Reconciliation books = check.check(brand.tenantId(), null);
        assertThat(books.differences()).isEmpty();
        assertThat(books.topUpsOff()).isZero();
    }

    /** The customer's wallet as staff see it: {principal, bonus}. */
    private long[] wallet(String admin, Shopper who) {
        var w = api.get("/api/v1/customers/" + who.customerId() + "/wallet", admin).body();
        return new long[] {w.get("principal").asLong(), w.get("bonus").asLong()};
    }
}
