package io.oneshelf.platform.events;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module listener of the tests' own that holds a database connection a while for each event, as a busy listener
 * does, and counts how many of its calls run at once and on which threads: {@link ListenerShareTest}.
 */
@Component
public class LoadListener {

    /** A unit of listener work: its connection held {@code millis}, counted under {@code run}. */
    public record Load(String run, int millis) {
    }

    private final JdbcClient jdbc;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile String thread = "";

    LoadListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(Load load) {
        int now = running.incrementAndGet();
        most.accumulateAndGet(now, Math::max);
        thread = Thread.currentThread().getName();
        try {
            // in the listener's transaction: its one connection, held as long as a slow listener holds it
            jdbc.sql("select pg_sleep(:s)").param("s", load.millis() / 1000.0).query(Object.class).single();
        } finally {
            running.decrementAndGet();
            done.incrementAndGet();
        }
    }

    void reset() {
        most.set(0);
        done.set(0);
    }

    int most() {
        return most.get();
    }

    int done() {
        return done.get();
    }

    String thread() {
        return thread;
    }
}
