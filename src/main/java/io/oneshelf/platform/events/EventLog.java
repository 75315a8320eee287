package io.oneshelf.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log (decision 0017): every {@link BusinessEvent} published anywhere is kept here, written in the
 * transaction that published it, so an event exists exactly when its fact was committed.
 *
 * <p>Events of one transaction are collected and written in one statement just before it commits: a reservation
 * round of 500 holds writes its 500 events in one round trip. Publishing outside a transaction is a programming
 * error, refused at once.
 *
 * <p>Reading goes forward from a position, in (transaction, order of writing), and stops below the oldest
 * transaction still running: a reader that has passed a position never misses an event committed later before it.
 * A long transaction therefore holds the readers back until it ends; business transactions are short.
 */
@Component
public class EventLog {

    private static final String COLUMNS =
            "id, tx, seq, brand_id, type, version, aggregate_id, place_ids, occurred_at, payload::text as payload";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Timer writes;

    EventLog(JdbcClient jdbc, JsonMapper json, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        // what the outbox costs the transactions that publish (docs/benchmarks.md): compare with their own timers
        this.writes = Timer.builder("oneshelf.events.write.duration")
                .description("Writing one transaction's events to the event log, serialising included")
                .register(meters);
    }

    @EventListener
    void record(BusinessEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A business event is published inside the transaction that made it "
                    + "true: " + event.getClass().getSimpleName());
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(new Row(event, EventNames.of(event), Instant.now()));
    }

    /**
     * Up to {@code limit} events of a brand after {@code after}, of the given types (empty: all) and, when
     * {@code places} is not null, only those about one of those places.
     */
    public List<StoredEvent> read(UUID brandId, EventPosition after, Collection<String> types,
            Collection<UUID> places, int limit) {
        return jdbc.sql("select " + COLUMNS + " from event_log where brand_id = :brand and " + VISIBLE
                        + (types.isEmpty() ? "" : " and type = any(cast(:types as text[]))")
                        + (places == null ? "" : " and place_ids && :places")
                        + " order by tx, seq limit :limit")
                .param("brand", brandId).param("tx", after.tx()).param("seq", after.seq())
                .param("types", types.toArray(String[]::new)).param("places", places == null ? null
                        : places.toArray(UUID[]::new))
                .param("limit", limit).query(EventLog::row).list();
    }

    /** Up to {@code limit} events of every brand after {@code after}: what a relay to another system reads. */
    public List<StoredEvent> readAll(EventPosition after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from event_log where " + VISIBLE + " order by tx, seq limit :limit")
                .param("tx", after.tx()).param("seq", after.seq()).param("limit", limit)
                .query(EventLog::row).list();
    }

    /**
     * Up to {@code limit} events of the given brands after {@code after} and up to {@code upTo}, in commit order:
     * what a dispatcher that serves only some brands reads, with {@code upTo} from {@link #newest} so that it may
     * move past the other brands' events without reading them.
     */
    public List<StoredEvent> readAll(EventPosition after, EventPosition upTo, Collection<UUID> brands, int limit) {
        return jdbc.sql("select " + COLUMNS + " from event_log where (tx, seq) > (:tx, :seq)"
                        + " and (tx, seq) <= (:upToTx, :upToSeq) and brand_id = any(:brands)"
                        + " order by tx, seq limit :limit")
                .param("tx", after.tx()).param("seq", after.seq())
                .param("upToTx", upTo.tx()).param("upToSeq", upTo.seq())
                .param("brands", brands.toArray(UUID[]::new)).param("limit", limit)
                .query(EventLog::row).list();
    }

    /**
     * The position of the newest event a reader may pass now (every transaction up to it has ended), if there is
     * one after {@code after}. Everything up to it is visible to any later statement.
     */
    public java.util.Optional<EventPosition> newest(EventPosition after) {
        return jdbc.sql("select tx, seq from event_log where " + VISIBLE + " order by tx desc, seq desc limit 1")
                .param("tx", after.tx()).param("seq", after.seq())
                .query((rs, n) -> new EventPosition(rs.getLong("tx"), rs.getLong("seq"))).optional();
    }

    /** One event by id, whatever its position. */
    public java.util.Optional<StoredEvent> find(UUID brandId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from event_log where brand_id = :brand and id = :id")
                .param("brand", brandId).param("id", id).query(EventLog::row).optional();
    }

    /** Events after the position whose transactions have all ended, so nothing can appear before them later. */
    private static final String VISIBLE = "(tx, seq) > (:tx, :seq)"
            + " and tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private static StoredEvent row(ResultSet rs, int n) throws SQLException {
        Array places = rs.getArray("place_ids");
        return new StoredEvent(rs.getObject("id", UUID.class),
                new EventPosition(rs.getLong("tx"), rs.getLong("seq")), rs.getObject("brand_id", UUID.class),
                rs.getString("type"), rs.getInt("version"), rs.getObject("aggregate_id", UUID.class),
                Arrays.asList((UUID[]) places.getArray()), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("payload"));
    }

    private void write(List<Row> rows) {
        List<UUID> ids = new ArrayList<>(rows.size());
        rows.forEach(r -> ids.add(io.oneshelf.platform.Ids.next()));
        jdbc.sql("""
                insert into event_log (id, brand_id, type, version, aggregate_id, place_ids, occurred_at, payload)
                select e.id, e.brand, e.type, e.version, e.aggregate, e.places::uuid[], e.at, e.payload::json
                from unnest(cast(:ids as uuid[]), cast(:brands as uuid[]), cast(:types as text[]),
                            cast(:versions as int[]), cast(:aggregates as uuid[]), cast(:places as text[]),
                            cast(:ats as timestamptz[]), cast(:payloads as text[]))
                     with ordinality as e(id, brand, type, version, aggregate, places, at, payload, n)
                order by e.n""")
                .param("ids", ids.toArray(UUID[]::new))
                .param("brands", rows.stream().map(r -> r.event.brandId()).toArray(UUID[]::new))
                .param("types", rows.stream().map(r -> r.type.value()).toArray(String[]::new))
                .param("versions", rows.stream().map(r -> r.type.version()).toArray(Integer[]::new))
                .param("aggregates", rows.stream().map(r -> r.event.aggregateId()).toArray(UUID[]::new))
                .param("places", rows.stream().map(r -> r.event.placeIds().stream().map(UUID::toString)
                        .collect(Collectors.joining(",", "{", "}"))).toArray(String[]::new))
                .param("ats", rows.stream().map(r -> java.sql.Timestamp.from(r.at)).toArray(java.sql.Timestamp[]::new))
                .param("payloads", rows.stream().map(r -> json.writeValueAsString(r.event)).toArray(String[]::new))
                .update();
    }

    private record Row(BusinessEvent event, EventType type, Instant at) {
    }

    /** The events of one transaction, written just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<Row> events = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            TransactionSynchronizationManager.unbindResourceIfPossible(EventLog.this);
            if (!events.isEmpty()) {
                writes.record(() -> write(events));
            }
        }

        /** An inner transaction (REQUIRES_NEW) collects its own events: this one's wait until it resumes. */
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(EventLog.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(EventLog.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(EventLog.this);
        }
    }
}
