package io.oneshelf.inventory.reservation;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.oneshelf.inventory.HoldResult;
import io.oneshelf.inventory.HoldStock;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where hold commands, of HTTP callers and of other modules alike, queue for a {@link ReservationRound}: a few
 * workers each take everything waiting (up to {@code round-size}) and settle it in one transaction, so under load
 * many reservations share one commit and one lock of each hot balance; with little load a round is a single
 * command and costs what it always did. Two commands with the same reference or key never run in rounds at the
 * same time (they would wait on each other inside the database); the later one waits for the next round. Several
 * server instances each run their own desk: correctness comes from the database's row locks, not from this queue.
 */
@Component
class ReservationDesk implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReservationDesk.class);
    private static final int ATTEMPTS_ALONE = 3;

    private record Waiting(HoldStock command, CompletableFuture<HoldAnswer> answer) {
    }

    private final ReservationRound round;
    private final TransactionTemplate transactions;
    private final int workers;
    private final int roundSize;
    private final Duration patience;
    private final Deque<Waiting> queue = new ArrayDeque<>();
    private final Set<Object> inRounds = new HashSet<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean open;

    private final DistributionSummary roundSizes;
    private final Timer roundTimes;

    ReservationDesk(ReservationRound round, TransactionTemplate transactions, MeterRegistry meters,
                    @Value("${oneshelf.inventory.reservation-workers:3}") int workers,
                    @Value("${oneshelf.inventory.reservation-round-size:500}") int roundSize,
                    @Value("${oneshelf.inventory.reservation-patience:PT30S}") Duration patience) {
        this.round = round;
        this.transactions = transactions;
        this.workers = workers;
        this.roundSize = roundSize;
        this.patience = patience;
        this.roundSizes = DistributionSummary.builder("oneshelf.reservation.round.size")
                .description("Hold requests settled together in one transaction").register(meters);
        this.roundTimes = Timer.builder("oneshelf.reservation.round.duration")
                .description("One round's transaction, commit included").register(meters);
    }

    /**
     * Waits for the command's round and returns its result; a refusal is thrown. A caller inside a transaction is
     * settled in that transaction instead: it holds a pooled connection, and a pool's worth of such callers waiting
     * for rounds would leave the rounds none (each waits out the pool's timeout); so its hold also commits or rolls
     * back with the caller's work.
     */
    HoldResult hold(HoldStock command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return answered(round.run(List.of(command)).get(0));
        }
        Waiting waiting = new Waiting(command, new CompletableFuture<>());
        synchronized (this) {
            if (!open) {
                throw unavailable(Message.of("inventory.reservation.shutting-down"));
            }
            queue.add(waiting);
            notifyAll();
        }
        try {
            return answered(waiting.answer().get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            throw unavailable(Message.of("inventory.reservation.no-answer", patience.toSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(Message.of("inventory.reservation.interrupted"));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static HoldResult answered(HoldAnswer answer) {
        if (answer.refused()) {
            throw answer.refusal();
        }
        return answer.result();
    }

    private void work() {
        while (true) {
            List<Waiting> next;
            try {
                next = nextRound();
            } catch (InterruptedException e) {
                return;
            }
            try {
                settle(next);
            } finally {
                finished(next);
            }
        }
    }

    /** Settles the round together; if that fails, each request alone, so one cannot fail the others. */
    private void settle(List<Waiting> next) {
        roundSizes.record(next.size());
        try {
            List<HoldAnswer> answers = roundTimes.record(() -> transactions.execute(tx -> round.run(next.stream()
                    .map(Waiting::command).toList())));
            for (int i = 0; i < next.size(); i++) {
                next.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException e) {
            if (next.size() > 1) {
                log.warn("A round of {} reservations failed ({}); settling them one by one", next.size(), e.toString());
                next.forEach(w -> settleAlone(w, 1));
            } else if (e instanceof ConcurrencyFailureException) {
                settleAlone(next.get(0), 2);
            } else {
                next.get(0).answer().completeExceptionally(e);
            }
        }
    }

    private void settleAlone(Waiting waiting, int attempt) {
        try {
            waiting.answer().complete(transactions.execute(tx -> round.run(List.of(waiting.command()))).get(0));
        } catch (ConcurrencyFailureException e) {
            if (attempt < ATTEMPTS_ALONE) {
                settleAlone(waiting, attempt + 1);
            } else {
                waiting.answer().completeExceptionally(e);
            }
        } catch (RuntimeException e) {
            waiting.answer().completeExceptionally(e);
        }
    }

    /** Everything waiting that no running round excludes, up to the round size; waits while there is none. */
    private synchronized List<Waiting> nextRound() throws InterruptedException {
        while (true) {
            if (!open) {
                throw new InterruptedException("closed");
            }
            List<Waiting> next = new ArrayList<>();
            for (Iterator<Waiting> it = queue.iterator(); it.hasNext() && next.size() < roundSize; ) {
                Waiting w = it.next();
                if (exclusive(w.command()).stream().noneMatch(inRounds::contains)) {
                    it.remove();
                    inRounds.addAll(exclusive(w.command()));
                    next.add(w);
                }
            }
            if (!next.isEmpty()) {
                return next;
            }
            wait();
        }
    }

    private synchronized void finished(List<Waiting> done) {
        done.forEach(w -> exclusive(w.command()).forEach(inRounds::remove));
        notifyAll();
    }

    /**
     * What two rounds running at the same time must not both hold: the same reference or the same key would make
     * them wait on each other's unique index entries.
     */
    private static List<Object> exclusive(HoldStock command) {
        List<Object> reference = List.of("reference", command.by().tenantId(), command.reference());
        return command.key() == null ? List.of(reference) : List.of(reference,
                List.of("key", command.key().brandId(), command.key().callerId(), command.key().key()));
    }

    private static Rejection unavailable(Message why) {
        return new Rejection(Rejection.Kind.SERVICE_UNAVAILABLE, Message.of("inventory.reservation.not-made", why));
    }

    @Override
    public synchronized void start() {
        open = true;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "reservation-round-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    @Override
    public void stop() {
        List<Waiting> abandoned;
        synchronized (this) {
            open = false;
            notifyAll();
            abandoned = new ArrayList<>(queue);
            queue.clear();
        }
        abandoned.forEach(w -> w.answer().complete(HoldAnswer.refused(unavailable(Message.of("inventory.reservation.shutting-down")))));
        for (Thread t : threads) {
            try {
                t.join(patience.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    /** Starts before and stops after the web server, so that requests it let in still get their rounds. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public synchronized boolean isRunning() {
        return open;
    }
}
