package io.oneshelf.integration.webhook;

import io.oneshelf.integration.webhook.OutcomeRecorder.Outcome;
import io.oneshelf.integration.webhook.WebhookDeliveries.Claim;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due webhooks: it takes as many due deliveries as it has free workers (leases, see
 * {@link WebhookDeliveries}), sends each on a worker thread and records the outcome, and goes on taking more as
 * workers come free until none is due; then it waits for the next poll, or for the dispatcher's nudge when it has
 * made deliveries. A failure is tried again after the {@link RetrySchedule}'s wait, and after the last one the
 * delivery has failed and its endpoint is marked failing until a delivery to it succeeds. Any number of instances
 * may run this on one database.
 */
@Component
class DeliveryWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final RetrySchedule schedule;
    private final ExecutorService pool;
    private final Semaphore free;
    private final OutcomeRecorder recorder;

    DeliveryWorker(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookSender sender,
                   WebhookProperties properties, TransactionTemplate transactions) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.properties = properties;
        this.schedule = new RetrySchedule(properties.retrySchedule(), () -> ThreadLocalRandom.current().nextDouble());
        this.pool = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        // a slot per worker and one attempt queued behind each, so that a claim can take work ahead for several
        // workers at once (the lease, three attempts' timeouts, outlasts the wait behind one attempt and its own)
        this.free = new Semaphore(2 * properties.workers());
        this.recorder = new OutcomeRecorder(deliveries, endpoints, transactions);
    }

    private volatile boolean closing;

    /** A closing server takes no more attempts; those in flight end within their timeouts or are retaken. */
    @EventListener(ContextClosedEvent.class)
    void close() {
        closing = true;
    }

    /** One drain at a time on this instance: the poll and a nudge never take work side by side. */
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-nudge");
        thread.setDaemon(true);
        return thread;
    });

    @Scheduled(fixedDelayString = "${oneshelf.webhooks.poll:PT1S}", initialDelayString = "${oneshelf.webhooks.poll:PT1S}")
    void poll() {
        do {
            if (!draining.compareAndSet(false, true)) {
                return; // another thread of this instance is draining already
            }
            try {
                drain();
            } finally {
                draining.set(false);
            }
        } while (nudged.get() && !closing); // a nudge that came as the drain ended, when it was not taken up
    }

    /** Set by a nudge: a drain that found nothing due looks once more before it ends. */
    private final AtomicBoolean nudged = new AtomicBoolean();

    /** New deliveries were made: take them now rather than at the next poll. */
    void nudge() {
        nudged.set(true);
        if (!closing && !draining.get()) {
            nudges.execute(this::poll);
        }
    }

    /**
     * Takes due deliveries for the free workers, again and again as they come free, until none is due. Waiting for a
     * free worker is bounded by the poll interval so that a closing server is not held up.
     */
    private void drain() {
        while (!closing) {
            int capacity = freeWorkers();
            if (capacity == 0) {
                return; // every worker busy for a whole interval: the next poll goes on
            }
            List<Claim> work;
            try {
                work = deliveries.claim(capacity, properties.lease());
            } catch (RuntimeException e) {
                free.release(capacity);
                throw e;
            }
            if (work.size() <= capacity) {
                free.release(capacity - work.size());
            } else {
                free.acquireUninterruptibly(work.size() - capacity); // never more taken than slots
            }
            for (Claim claim : work) {
                queued.incrementAndGet();
                pool.execute(() -> {
                    queued.decrementAndGet();
                    try {
                        attempt(claim);
                    } finally {
                        free.release();
                    }
                });
            }
            if (work.isEmpty() && !nudged.getAndSet(false)) {
                return;
            }
        }
    }

    /** Attempts claimed and handed to the pool that no worker has started yet. */
    private final java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Waits up to the poll interval for a free slot and takes every free one: how many it took. While attempts are
     * still queued (the workers are busy anyway) it waits on, within the interval, until half the slots are free, so
     * that under load one claim serves many attempts instead of one claim per finished attempt.
     */
    private int freeWorkers() {
        try {
            long wait = properties.poll().toNanos();
            if (!free.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                return 0;
            }
            int taken = 1 + free.drainPermits();
            long deadline = System.nanoTime() + wait;
            while (taken < properties.workers() && queued.get() > 0 && !closing) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !free.tryAcquire(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)),
                        TimeUnit.NANOSECONDS)) {
                    if (left <= 0) {
                        break;
                    }
                    continue;
                }
                taken += 1 + free.drainPermits();
            }
            return taken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Sends the claimed attempt and hands its outcome to the recorder (which writes it unless the lease was lost
     * meanwhile). Answers whether an outcome was handed over.
     */
    boolean attempt(Claim claim) {
        try {
            var target = endpoints.target(claim.endpointId(), claim.target());
            DeliveryAttempt outcome = sender.send(claim.attempt(), target.url(), target.secrets(),
                    claim.eventId().toString(), claim.body());
            Duration retryIn = outcome.delivered() ? null : schedule.after(claim.attempt()).orElse(null);
            recorder.add(new Outcome(claim, outcome, retryIn));
            return true;
        } catch (IllegalStateException e) {
            // sealed under another key: this instance lacks the shared oneshelf.security.secret-key; the lease runs
            // out and an instance with the right key takes the attempt
            log.error("Webhook endpoint {}'s secret does not open with this server's key", claim.endpointId(), e);
            return false;
        } catch (RuntimeException e) {
            // the lease runs out and another poll takes the attempt again
            log.warn("Webhook delivery {} attempt {} failed before it was sent", claim.id(), claim.attempt(), e);
            return false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        nudges.shutdownNow();
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        recorder.stop();
    }
}
