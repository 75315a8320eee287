package io.oneshelf.crm.rfm;

import io.oneshelf.crm.CustomerSegmented;
import io.oneshelf.crm.RfmSegment;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * RFM layering of a brand's customers who paid: recency (the last paid order), frequency (orders) and monetary
 * (paid less returned) each scored 1–5 by quintile within the brand (5 the best), and the named segment of the
 * three ({@link RfmSegment}). Recomputed every night and on demand; safe with several server instances (a brand's run
 * holds a transaction-scoped advisory lock; an instance that cannot take it leaves the brand to the other).
 */
@Component
class RfmLayering {

    private static final Logger log = LoggerFactory.getLogger(RfmLayering.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    RfmLayering(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
    }

    /** What a run did: {@code ran} false when another instance was running the brand. */
    record Outcome(boolean ran, int customers, int moved) {
    }

    @Scheduled(fixedDelayString = "${oneshelf.crm.rfm-every:PT6H}", initialDelayString = "${oneshelf.crm.rfm-every:PT6H}")
    void everyBrand() {
        for (UUID brand : jdbc.sql("select distinct tenant_id from crm_paid_order").query(UUID.class).list()) {
            Outcome o = run(brand);
            log.info("RFM of brand {}: {} customers, {} changed segment", brand, o.customers(), o.moved());
        }
    }

    private record Scored(UUID customerId, int orders, long spent, java.time.OffsetDateTime lastPaidAt, int recency,
                          int frequency, int monetary, String previous) {
    }

    Outcome run(UUID brand) {
        return tx.execute(s -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "crm.rfm:" + brand).query(Boolean.class).single();
            if (!locked) {
                return new Outcome(false, 0, 0);
            }
            // a customer merged into another has no paid orders of their own any more
            jdbc.sql("delete from crm_rfm r where r.tenant_id = :brand and not exists (select 1 from crm_paid_order p"
                    + " where p.tenant_id = :brand and p.customer_id = r.customer_id)").param("brand", brand).update();
            List<Scored> scored = jdbc.sql("""
                            with figures as (
                                select customer_id, count(*) filter (where paid > returned) as orders,
                                       sum(paid - returned) as spent, max(paid_at) as last_paid_at
                                from crm_paid_order where tenant_id = :brand group by customer_id),
                            scores as (
                                select customer_id, orders, spent, last_paid_at,
                                       ntile(5) over (order by last_paid_at) as recency,
                                       ntile(5) over (order by orders) as frequency,
                                       ntile(5) over (order by spent) as monetary
                                from figures)
                            select s.*, r.segment as previous from scores s
                            left join crm_rfm r on r.tenant_id = :brand and r.customer_id = s.customer_id""")
                    .param("brand", brand)
                    .query((rs, n) -> new Scored(rs.getObject("customer_id", UUID.class), rs.getInt("orders"),
                            rs.getLong("spent"), rs.getObject("last_paid_at", java.time.OffsetDateTime.class),
                            rs.getInt("recency"), rs.getInt("frequency"), rs.getInt("monetary"),
                            rs.getString("previous")))
                    .list();
            scored.forEach(one -> save(brand, one));
            int moved = 0;
            for (Scored one : scored) {
                RfmSegment now = RfmSegment.of(one.recency(), one.frequency(), one.monetary());
                if (!now.name().equals(one.previous())) {
                    moved++;
                    events.publishEvent(new CustomerSegmented(brand, one.customerId(), now,
                            one.previous() == null ? null : RfmSegment.valueOf(one.previous()), one.recency(),
                            one.frequency(), one.monetary()));
                }
            }
            return new Outcome(true, scored.size(), moved);
        });
    }

    private void save(UUID brand, Scored one) {
        jdbc.sql("""
                        insert into crm_rfm(tenant_id, customer_id, orders, spent, last_paid_at, recency, frequency,
                                            monetary, segment, computed_at)
                        values (:brand, :customer, :orders, :spent, :last, :r, :f, :m, :segment, now())
                        on conflict (tenant_id, customer_id) do update set orders = excluded.orders,
                            spent = excluded.spent, last_paid_at = excluded.last_paid_at, recency = excluded.recency,
                            frequency = excluded.frequency, monetary = excluded.monetary,
                            segment = excluded.segment, computed_at = excluded.computed_at""")
                .param("brand", brand).param("customer", one.customerId()).param("orders", one.orders())
                .param("spent", one.spent()).param("last", one.lastPaidAt()).param("r", one.recency())
                .param("f", one.frequency()).param("m", one.monetary())
                .param("segment", RfmSegment.of(one.recency(), one.frequency(), one.monetary()).name()).update();
    }
}
