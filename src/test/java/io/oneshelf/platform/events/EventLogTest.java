package io.oneshelf.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import io.oneshelf.platform.Ids;
import io.oneshelf.support.ApiTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Every business event is kept exactly when its transaction commits, and read forward without gaps. */
class EventLogTest extends ApiTest {

    @EventType(value = "test.parcel.weighed", version = 2)
    record ParcelWeighed(UUID brandId, UUID aggregateId, long grams, List<UUID> placeIds) implements BusinessEvent {
    }

    @Autowired
    EventLog log;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    @Test
    void events_of_a_committed_transaction_are_kept_in_the_order_published_and_a_rolled_back_ones_are_not() {
        UUID brand = Ids.next();
        UUID parcel = Ids.next();
        UUID store = Ids.next();
        inTransaction(() -> {
            for (int grams = 1; grams <= 3; grams++) {
                events.publishEvent(new ParcelWeighed(brand, parcel, grams, List.of(store)));
            }
        });
        assertThatThrownBy(() -> inTransaction(() -> {
            events.publishEvent(new ParcelWeighed(brand, parcel, 99, List.of()));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        List<StoredEvent> read = log.read(brand, EventPosition.START, Set.of(), null, 10);
        assertThat(read).extracting(StoredEvent::payload).allMatch(p -> p.contains("\"aggregateId\""))
                .extracting(p -> p.replaceAll(".*\"grams\":\\s*(\\d+).*", "$1")).containsExactly("1", "2", "3");
        assertThat(read.get(0).type()).isEqualTo("test.parcel.weighed");
        assertThat(read.get(0).version()).isEqualTo(2);
        assertThat(read.get(0).placeIds()).containsExactly(store);
        assertThat(log.read(brand, read.get(0).position(), Set.of(), null, 10)).hasSize(2);
        assertThat(log.read(brand, EventPosition.START, Set.of(), List.of(Ids.next()), 10)).isEmpty();
        assertThat(log.read(brand, EventPosition.START, Set.of("test.other"), null, 10)).isEmpty();
    }

    @Test
    void a_reader_of_some_brands_reads_only_theirs_up_to_the_newest_passable_position() {
        UUID mine = Ids.next();
        UUID other = Ids.next();
        EventPosition before = log.newest(EventPosition.START).orElse(EventPosition.START);
        inTransaction(() -> {
            events.publishEvent(new ParcelWeighed(other, Ids.next(), 1, List.of()));
            events.publishEvent(new ParcelWeighed(mine, Ids.next(), 2, List.of()));
            events.publishEvent(new ParcelWeighed(other, Ids.next(), 3, List.of()));
        });
        EventPosition newest = log.newest(before).orElseThrow();
        inTransaction(() -> events.publishEvent(new ParcelWeighed(mine, Ids.next(), 4, List.of())));

        assertThat(log.readAll(before, newest, List.of(mine), 10)).extracting(StoredEvent::payload)
                .map(p -> p.replaceAll(".*\"grams\":\\s*(\\d+).*", "$1")).containsExactly("2");
        assertThat(log.readAll(before, newest, List.of(mine, other), 2)).extracting(StoredEvent::brandId)
                .containsExactly(other, mine);
        EventPosition later = log.newest(newest).orElseThrow();
        assertThat(log.readAll(newest, later, List.of(mine), 10)).extracting(StoredEvent::payload)
                .map(p -> p.replaceAll(".*\"grams\":\\s*(\\d+).*", "$1")).containsExactly("4");
    }

    @Test
    void an_inner_transaction_keeps_its_own_events_even_when_the_outer_one_rolls_back() {
        UUID brand = Ids.next();
        TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> inTransaction(() -> {
            events.publishEvent(new ParcelWeighed(brand, Ids.next(), 1, List.of()));
            inner.executeWithoutResult(s -> events.publishEvent(new ParcelWeighed(brand, Ids.next(), 2, List.of())));
            throw new IllegalStateException("outer rolled back");
        })).hasMessage("outer rolled back");

        assertThat(log.read(brand, EventPosition.START, Set.of(), null, 10)).extracting(StoredEvent::payload)
                .map(p -> p.replaceAll(".*\"grams\":\\s*(\\d+).*", "$1")).containsExactly("2");
    }

    @Test
    void a_reader_does_not_pass_a_transaction_still_running_so_its_late_commit_is_not_skipped() throws Exception {
        UUID brand = Ids.next();
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> inTransaction(() -> {
            jdbc.sql("select pg_current_xact_id()").query(String.class).single(); // as a first write would
            events.publishEvent(new ParcelWeighed(brand, Ids.next(), 1, List.of()));
            published.countDown();
            await(release);
        }));
        published.await(10, TimeUnit.SECONDS);
        inTransaction(() -> events.publishEvent(new ParcelWeighed(brand, Ids.next(), 2, List.of())));

        assertThat(log.read(brand, EventPosition.START, Set.of(), null, 10)).isEmpty();
        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertThat(log.read(brand, EventPosition.START, Set.of(), null, 10)).extracting(StoredEvent::payload)
                .map(p -> p.replaceAll(".*\"grams\":\\s*(\\d+).*", "$1")).containsExactly("1", "2");
    }

    @Test
    void an_event_published_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> events.publishEvent(new ParcelWeighed(Ids.next(), Ids.next(), 1, List.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_position_travels_as_a_token() {
        EventPosition position = new EventPosition(123, 45);
        assertThat(EventPosition.parse(position.token())).isEqualTo(position);
        assertThat(EventPosition.parse("12x")).isNull();
        assertThat(EventPosition.parse("99999999999999999999-1")).isNull();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> work.run());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
