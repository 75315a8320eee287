package io.oneshelf.integration.webhook;

import io.oneshelf.integration.webhook.WebhookDeliveries.Claim;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the outcomes of attempts in batches: the workers hand each outcome over and go on sending, and one thread
 * writes whatever has come in since its last write in one transaction (a few statements for up to {@link #BATCH}
 * outcomes instead of three or four for each). An outcome not yet written when the server stops is lost with it; its
 * lease runs out and the attempt is made again, which receivers deduplicate by {@code webhook-id}.
 */
final class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);
    static final int BATCH = 500;

    /** An attempt's outcome: delivered, due again after {@code retryIn}, or failed for good when that is null. */
    record Outcome(Claim claim, DeliveryAttempt attempt, Duration retryIn) {
    }

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Outcome> waiting = new LinkedBlockingQueue<>();
    private final Thread thread;

    OutcomeRecorder(WebhookDeliveries deliveries, WebhookEndpoints endpoints, TransactionTemplate transactions) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.transactions = transactions;
        this.thread = new Thread(this::run, "webhook-outcomes");
        thread.setDaemon(true);
        thread.start();
    }

    void add(Outcome outcome) {
        waiting.add(outcome);
    }

    /** Stops the thread, writing what is waiting first. */
    void stop() throws InterruptedException {
        thread.interrupt();
        thread.join(5000);
        List<Outcome> rest = new ArrayList<>();
        waiting.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest);
        }
    }

    private void run() {
        List<Outcome> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch, BATCH - 1);
            write(batch);
            batch.clear();
        }
    }

    /** How often a batch that lost a deadlock is written again before its attempts are left to their leases. */
    static final int TRIES = 3;

    /**
     * Writes the outcomes whose leases still hold; answers the ids of the deliveries recorded. A batch that loses a
     * deadlock (an endpoint deleted meanwhile cascades to its deliveries in another order) is written again.
     */
    Set<UUID> write(List<Outcome> outcomes) {
        for (int tries = 1; ; tries++) {
            try {
                return writeOnce(outcomes);
            } catch (PessimisticLockingFailureException e) {
                if (tries == TRIES) {
                    log.warn("{} webhook attempt outcomes lost {} deadlocks in a row", outcomes.size(), TRIES, e);
                    return Set.of();
                }
            } catch (RuntimeException e) {
                // their leases run out and the attempts are made again
                log.warn("{} webhook attempt outcomes could not be recorded", outcomes.size(), e);
                return Set.of();
            }
        }
    }

    private Set<UUID> writeOnce(List<Outcome> outcomes) {
        return transactions.execute(tx -> {
            Set<UUID> recorded = deliveries.finishAll(outcomes);
            failingFlags(outcomes, recorded).forEach((endpoint, failing) -> {
                if (failing) {
                    endpoints.markFailing(endpoint);
                } else {
                    endpoints.clearFailing(endpoint);
                }
            });
            return recorded;
        });
    }

    /**
     * Per endpoint, what its last recorded outcome in the batch says: failing (a delivery failed for good) or not (a
     * delivery went through); an endpoint whose outcomes only scheduled retries is left as it is.
     */
    private static Map<UUID, Boolean> failingFlags(List<Outcome> outcomes, Set<UUID> recorded) {
        Map<UUID, Boolean> flags = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (!recorded.contains(o.claim().id())) {
                continue;
            }
            if (o.attempt().delivered()) {
                flags.put(o.claim().endpointId(), false);
            } else if (o.retryIn() == null) {
                flags.put(o.claim().endpointId(), true);
            }
        }
        return flags;
    }
}
