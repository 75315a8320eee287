package io.oneshelf.payment.tender;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Calls a gateway once the transaction that decided them has committed: a refund part is submitted, a closed
 * payment is closed at the gateway. Never inside the deciding transaction: the gateway's answer (and the
 * notification it sends) must find the rows committed, and a rollback must not leave a refund asked for. The
 * calls run on threads of their own, so that the caller's commit never waits for a gateway. What fails (or is
 * lost with a stopping server) is done again by {@link PendingPayments}.
 */
@Component
class GatewayCalls {

    private static final Logger log = LoggerFactory.getLogger(GatewayCalls.class);

    private final ObjectProvider<GatewayWork> work;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "payment-gateway-calls");
        t.setDaemon(true);
        return t;
    });

    GatewayCalls(ObjectProvider<GatewayWork> work) {
        this.work = work;
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    void submitAfterCommit(RefundPart part) {
        UUID tenant = part.tenantId();
        UUID id = part.id();
        afterCommit(() -> work.getObject().submit(tenant, id), "submitting refund " + id);
    }

    void closeAfterCommit(List<Tendered> closed) {
        for (Tendered p : closed) {
            afterCommit(() -> work.getObject().close(p.tenantId(), p.id()), "closing payment " + p.id());
        }
    }

    private void afterCommit(Runnable call, String what) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    threads.execute(() -> {
                        try {
                            call.run();
                        } catch (RuntimeException e) {
                            log.warn("Failed {} after commit; the payment job tries again: {}", what, e.toString());
                        }
                    });
                } catch (RejectedExecutionException e) {
                    log.info("Not {}: the server is stopping; the payment job does it", what);
                }
            }
        });
    }
}
