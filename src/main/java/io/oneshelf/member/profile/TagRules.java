package io.oneshelf.member.profile;

import io.oneshelf.member.CustomerTagged;
import io.oneshelf.member.CustomerUntagged;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The brand's rule-based tags (source RULE), recomputed every hour and on demand: a tag goes on every listed
 * customer the rule holds for and comes off those it no longer holds for. Safe with several server instances: a
 * brand's run holds a transaction-scoped advisory lock, and an instance that cannot take it leaves that brand to the
 * one that has it.
 */
@Component
class TagRules {

    private static final Logger log = LoggerFactory.getLogger(TagRules.class);

    /** Each rule: its tag and the condition on customer {@code c} it stands for. */
    static final Map<String, String> RULES = Map.of(
            "new-30d", "c.registered_at >= now() - interval '30 days'",
            "no-address", "not exists (select 1 from customer_address a where a.tenant_id = c.tenant_id"
                    + " and a.customer_id = c.id)");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    TagRules(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
    }

    /** What a run changed; {@code ran} is false when another instance was running the brand's rules. */
    record Outcome(boolean ran, int added, int removed) {
    }

    @Scheduled(fixedDelayString = "${oneshelf.member.tag-rules-every:PT1H}",
            initialDelayString = "${oneshelf.member.tag-rules-every:PT1H}")
    void everyBrand() {
        for (UUID brand : jdbc.sql("select id from tenant order by id").query(UUID.class).list()) {
            Outcome o = run(brand);
            if (o.added() + o.removed() > 0) {
                log.info("Tag rules of brand {}: {} tags on, {} off", brand, o.added(), o.removed());
            }
        }
    }

    Outcome run(UUID brand) {
        return tx.execute(s -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "member.tag-rules:" + brand).query(Boolean.class).single();
            if (!locked) {
                return new Outcome(false, 0, 0);
            }
            int added = 0;
            int removed = 0;
            for (Map.Entry<String, String> rule : RULES.entrySet()) {
                added += apply(brand, rule.getKey(), rule.getValue());
                removed += lift(brand, rule.getKey(), rule.getValue());
            }
            return new Outcome(true, added, removed);
        });
    }

    private int apply(UUID brand, String tag, String condition) {
        List<UUID> on = jdbc.sql("insert into customer_tag(tenant_id, customer_id, tag, source, created_at)"
                        + " select c.tenant_id, c.id, :tag, 'RULE', now() from customer c"
                        + " where c.tenant_id = :brand and c.merged_into is null and " + condition
                        + " on conflict do nothing returning customer_id")
                .param("brand", brand).param("tag", tag).query(UUID.class).list();
        on.forEach(c -> events.publishEvent(new CustomerTagged(brand, c, tag, "RULE")));
        return on.size();
    }

    private int lift(UUID brand, String tag, String condition) {
        List<UUID> off = jdbc.sql("delete from customer_tag t using customer c where t.tenant_id = :brand"
                        + " and t.tag = :tag and t.source = 'RULE' and c.id = t.customer_id"
                        + " and (c.merged_into is not null or not (" + condition + ")) returning t.customer_id")
                .param("brand", brand).param("tag", tag).query(UUID.class).list();
        off.forEach(c -> events.publishEvent(new CustomerUntagged(brand, c, tag, "RULE")));
        return off.size();
    }
}
