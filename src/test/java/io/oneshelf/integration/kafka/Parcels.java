package io.oneshelf.integration.kafka;

import io.oneshelf.integration.kafka.TestKafka.Seen;
import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import io.oneshelf.platform.events.EventPosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay tests' workload: parcels (aggregates) of one brand, each scanned again and again, every scan an event
 * carrying its number ({@code n} = 1, 2, 3 ... per parcel), published in transactions of the test's server.
 */
final class Parcels {

    @EventType(value = "test.relay.parcel-scanned", version = 3)
    record ParcelScanned(UUID brandId, UUID aggregateId, int n) implements BusinessEvent {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final UUID brand = UUID.randomUUID();
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    Parcels(ApplicationEventPublisher events, PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /** One committed transaction scanning each parcel once more, from scan {@code n} on. */
    void scan(List<UUID> parcels, int n) {
        transactions.executeWithoutResult(s -> parcels.forEach(p -> events.publishEvent(new ParcelScanned(brand, p, n))));
    }

    /** A transaction that publishes and then rolls back: its events never exist. */
    void scanAndRollBack(UUID parcel) {
        transactions.executeWithoutResult(s -> {
            events.publishEvent(new ParcelScanned(brand, parcel, -1));
            s.setRollbackOnly();
        });
    }

    /** The ids of every event of this brand the log holds (= every committed one), in log order. */
    List<UUID> committed() {
        return jdbc.sql("select id from event_log where brand_id = :brand order by tx, seq").param("brand", brand)
                .query(UUID.class).list();
    }

    /** The log position of each of this brand's events. */
    Map<UUID, EventPosition> positions() {
        Map<UUID, EventPosition> positions = new LinkedHashMap<>();
        jdbc.sql("select id, tx, seq from event_log where brand_id = :brand").param("brand", brand)
                .query((rs, i) -> positions.put(rs.getObject("id", UUID.class),
                        new EventPosition(rs.getLong("tx"), rs.getLong("seq")))).list();
        return positions;
    }

    /** This brand's records among those seen. */
    List<Seen> ours(List<Seen> seen) {
        return seen.stream().filter(s -> brand.equals(s.brandId())).toList();
    }

    /** After dropping copies by event id (the first copy counts): each parcel's scan numbers in the order seen. */
    static Map<String, List<Integer>> scansInOrderSeen(List<Seen> seen) {
        Set<UUID> kept = new HashSet<>();
        Map<String, List<Integer>> scans = new LinkedHashMap<>();
        for (Seen s : seen) {
            if (kept.add(s.eventId())) {
                scans.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(envelope(s).get("data").get("n").asInt());
            }
        }
        return scans;
    }

    static JsonNode envelope(Seen seen) {
        return JSON.readTree(seen.value());
    }
}
