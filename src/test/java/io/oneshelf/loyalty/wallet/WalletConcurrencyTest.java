package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.payment.AccountTender;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One hot wallet under parallel spends never overdraws, and a move applied twice counts once. */
class WalletConcurrencyTest extends ApiTest {

    private static final int SPENDS = 50;
    private static final long EACH = 300;

    @Autowired
    Payments payments;

    @Autowired
    List<AccountTender> accounts;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void fifty_parallel_spends_on_one_wallet_never_overdraw_it() throws Exception {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID customer = Shoppers.aShopper(api, brand.code()).customerId();
        WalletFixture.aCashTopUp(api, admin, customer, brand.storeId(), 10000);

        ExecutorService pool = Executors.newFixedThreadPool(SPENDS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> spends = new ArrayList<>();
        for (int i = 0; i < SPENDS; i++) {
            spends.add(pool.submit(() -> {
                start.await();
                try {
                    payments.take(new TakePayment(brand.tenantId(), "order:" + UUID.randomUUID(), Tender.WALLET, EACH,
                            null, null, "hot wallet", brand.storeId(), null, UUID.randomUUID().toString(), customer));
                    return true;
                } catch (Rejection refused) {
                    assertThat(refused.faults().get(0).field()).isEqualTo("amount");
                    return false;
                }
            }));
        }
        start.countDown();
        int taken = 0;
        for (Future<Boolean> spend : spends) {
            taken += spend.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(taken).isEqualTo((int) (10000 / EACH));
        Reply wallet = api.get("/api/v1/customers/" + customer + "/wallet", admin);
        assertThat(wallet.body().get("balance").asLong()).isEqualTo(10000 - taken * EACH).isNotNegative();
        Reply check = api.get("/api/v1/wallets/check?customerId=" + customer, admin);
        assertThat(check.body().get("differences").size()).as(check.toString()).isZero();
        assertThat(check.body().get("entriesRead").asLong()).isEqualTo(1 + taken);
    }

    @Test
    void a_debit_and_a_credit_applied_twice_count_once() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID customer = Shoppers.aShopper(api, brand.code()).customerId();
        WalletFixture.aCashTopUp(api, admin, customer, brand.storeId(), 1000);
        AccountTender wallet = accounts.stream().filter(a -> a.tender() == Tender.WALLET).findFirst().orElseThrow();
        UUID payment = UUID.randomUUID();
        AccountTender.Move debit = new AccountTender.Move(brand.tenantId(), customer, "order:x", payment, payment, 400,
                brand.storeId());
        UUID refundPart = UUID.randomUUID();
        AccountTender.Move credit = new AccountTender.Move(brand.tenantId(), customer, "order:x", payment, refundPart,
                100, brand.storeId());

        transactions.executeWithoutResult(tx -> wallet.debit(debit));
        transactions.executeWithoutResult(tx -> wallet.debit(debit));
        transactions.executeWithoutResult(tx -> wallet.credit(credit));
        transactions.executeWithoutResult(tx -> wallet.credit(credit));

        assertThat(api.get("/api/v1/customers/" + customer + "/wallet", admin).body().get("balance").asLong())
                .isEqualTo(700);
        Reply check = api.get("/api/v1/wallets/check?customerId=" + customer, admin);
        assertThat(check.body().get("differences").size()).as(check.toString()).isZero();
    }
}
