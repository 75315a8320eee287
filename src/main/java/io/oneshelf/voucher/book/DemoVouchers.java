package io.oneshelf.voucher.book;

import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.org.Brands;
import io.oneshelf.org.StaffLogins;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.StaffDirectory;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uses the vouchers the demo's regulars bought (order/demo/DemoOrders) as customers would: the Jing'an cashier
 * redeems some in part, one wholly, and the store manager refunds what is left of one, all through the desk like
 * the counter does. Vouchers are issued when their order's payment is heard, just after the orders are placed, so
 * this waits for them a little (at most {@link #PATIENCE}). Each voucher is dated to its order's (dated) day first,
 * its expiry with it, since a seeder cannot wait weeks; uses carry today's date (their ledger is append-only). Runs
 * after the demo orders (order 7), only on the start that set the demo's voucher plan.
 */
@Component
@Order(7)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoVouchers implements ApplicationRunner {

    /** How many vouchers the demo's orders give (six orders, one of two cards). */
    static final int BOUGHT = 7;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(DemoVouchers.class);
    /** Uses redeemed of each voucher, oldest first: used up, partly, untouched, partly then refunded ... */
    private static final int[] REDEEMED = {10, 3, 0, 2, 5, 1, 0};
    private static final int REFUNDED = 3;

    private final DemoVoucherPlans plan;
    private final Brands brands;
    private final VoucherBook book;
    private final VoucherDesk desk;
    private final Orders orders;
    private final StaffLogins logins;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;

    DemoVouchers(DemoVoucherPlans plan, Brands brands, VoucherBook book, VoucherDesk desk, Orders orders,
                 StaffLogins logins, StaffDirectory staff, JdbcClient jdbc) {
        this.plan = plan;
        this.brands = brands;
        this.book = book;
        this.desk = desk;
        this.orders = orders;
        this.logins = logins;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!plan.setNow()) {
            return;
        }
        try {
            brands.idOf(Brands.DEMO).ifPresent(brand -> log.info("Demo vouchers used: {} uses redeemed, one refunded",
                    use(brand)));
        } catch (RuntimeException e) {
            // the demo's redemptions are a convenience: the server starts without them
            log.warn("Demo vouchers not used", e);
        }
    }

    private int use(UUID brand) {
        Optional<Actor> cashier = actor(brand, "cashier.jingan@demo");
        Optional<Actor> manager = actor(brand, "manager.jingan@demo");
        List<Voucher> vouchers = issued(brand);
        if (cashier.isEmpty() || manager.isEmpty() || vouchers.isEmpty()) {
            return 0;
        }
        vouchers.forEach(v -> dateBack(brand, v));
        int redeemed = 0;
        for (int i = 0; i < vouchers.size() && i < REDEEMED.length; i++) {
            Voucher v = vouchers.get(i);
            try {
                // two visits for a card used up, one for the rest
                int first = REDEEMED[i] > 5 ? REDEEMED[i] / 2 : REDEEMED[i];
                if (first > 0) {
                    desk.redeem(cashier.get(), v.code(), first);
                }
                if (REDEEMED[i] > first) {
                    desk.redeem(cashier.get(), v.code(), REDEEMED[i] - first);
                }
                redeemed += REDEEMED[i];
                if (i == REFUNDED) {
                    desk.refund(manager.get(), v.id());
                }
            } catch (Rejection e) {
                log.debug("Demo voucher {} not used: {}", v.code(), e.getMessage());
            }
        }
        return redeemed;
    }

    /** The brand's vouchers, oldest first, once all the demo's orders gave theirs (or patience ran out). */
    private List<Voucher> issued(UUID brand) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        List<Voucher> found = List.of();
        while (System.nanoTime() < until) {
            found = book.list(brand, null, null, null, new UUID(0, 0), 100);
            if (found.size() >= BOUGHT) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return found.stream().sorted(Comparator.comparing(Voucher::orderNumber).thenComparing(Voucher::unit))
                .toList();
    }

    /** Issued on its order's demo day, so expiring as many days later. */
    private void dateBack(UUID brand, Voucher v) {
        orders.find(brand, v.orderId()).map(OrderView::createdAt).ifPresent(at -> jdbc.sql("""
                        update voucher set expires_at = :at + (expires_at - issued_at), issued_at = :at
                        where tenant_id = :t and id = :id and redeemed = 0 and refunded = 0""")
                .param("at", at).param("t", brand).param("id", v.id()).update());
    }

    private Optional<Actor> actor(UUID brand, String login) {
        return logins.idOf(brand, login).flatMap(staff::findEnabled).map(StaffDirectory.CurrentAccount::actor);
    }
}
