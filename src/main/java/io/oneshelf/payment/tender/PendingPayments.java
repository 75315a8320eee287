package io.oneshelf.payment.tender;

import io.oneshelf.payment.gateway.PaymentSettings;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The active side of gateway payments, for notifications that never come and calls that failed: asks the gateway
 * about tenders pending longer than {@code oneshelf.payment.query-after}, closes at the gateway the tenders closed
 * here that it has not confirmed, submits refund parts that were not submitted and asks about those still
 * processing. Safe with several server instances: each claims its rows with {@code for update skip locked} and
 * leases them for {@code oneshelf.payment.query-every}, so no two instances work on one row at a time. Runs on its
 * own thread: a gateway that does not answer must not hold up the scheduler's other jobs.
 */
@Component
class PendingPayments {

    private static final Logger log = LoggerFactory.getLogger(PendingPayments.class);
    private static final int BATCH = 20;

    /** A claimed row: its tenant and id. */
    record Claimed(UUID tenant, UUID id) {
    }

    private final JdbcClient jdbc;
    private final GatewayWork work;
    private final PaymentBook payments;
    private final PaymentSettings settings;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "payment-queries");
        t.setDaemon(true);
        return t;
    });

    PendingPayments(JdbcClient jdbc, GatewayWork work, PaymentBook payments, PaymentSettings settings) {
        this.jdbc = jdbc;
        this.work = work;
        this.payments = payments;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${oneshelf.payment.query-every:PT30S}",
            initialDelayString = "${oneshelf.payment.query-every:PT30S}")
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    runOnce();
                } catch (RuntimeException e) {
                    log.warn("The payment query job failed; it runs again", e);
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);
        }
    }

    /** One round: every kind of work this instance can claim now. */
    void runOnce() {
        for (Claimed c : claimPending()) {
            each(c, () -> payments.find(c.tenant(), c.id()).ifPresent(p -> work.query(c.tenant(), p)));
        }
        for (Claimed c : claimClosed()) {
            each(c, () -> work.close(c.tenant(), c.id()));
        }
        for (Claimed c : claimRefunds(false)) {
            each(c, () -> work.submit(c.tenant(), c.id()));
        }
        for (Claimed c : claimRefunds(true)) {
            each(c, () -> work.queryRefund(c.tenant(), c.id()));
        }
    }

    private static void each(Claimed c, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("Gateway work on {} failed; it is tried again later: {}", c.id(), e.getMessage());
        }
    }

    /** Pending gateway tenders older than query-after, leased to this instance. */
    List<Claimed> claimPending() {
        return claim("payment", "status = 'PENDING' and out_trade_no is not null"
                                + " and created_at < now() - make_interval(secs => :after)");
    }

    /** Tenders closed here that the gateway has not confirmed closed. */
    List<Claimed> claimClosed() {
        return claim("payment", "status = 'CLOSED' and out_trade_no is not null and not gateway_closed");
    }

    /** Gateway refund parts not submitted (or submitted and still processing after query-after). */
    List<Claimed> claimRefunds(boolean submitted) {
        return claim("refund", "status = 'PENDING' and out_refund_no is not null and "
                               + (submitted ? "submitted" : "not submitted")
                               + " and created_at < now() - make_interval(secs => :after)");
    }

    private List<Claimed> claim(String table, String condition) {
        String lease = table.equals("payment") ? "next_query_at" : "next_submit_at";
        return jdbc.sql("update " + table + " set " + lease + " = now() + make_interval(secs => :lease)"
                        + " where id in (select id from " + table + " where " + condition
                        + " and (" + lease + " is null or " + lease + " <= now()) order by created_at limit :batch"
                        + " for update skip locked) returning tenant_id, id")
                .param("lease", settings.queryEvery().toSeconds()).param("after", settings.queryAfter().toSeconds())
                .param("batch", BATCH)
                .query((rs, n) -> new Claimed(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
