package io.oneshelf.member.profile;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tagging for the demo seeder (member.demo): the services staff use, reachable from the demo package. */
@Component
public class DemoTagging {

    private final CustomerTags tags;
    private final TagRules rules;
    private final JdbcClient jdbc;

    DemoTagging(CustomerTags tags, TagRules rules, JdbcClient jdbc) {
        this.tags = tags;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    public boolean tagged(UUID brand, UUID customerId) {
        return jdbc.sql("select exists (select 1 from customer_tag where tenant_id = :brand and customer_id = :id)")
                .param("brand", brand).param("id", customerId).query(Boolean.class).single();
    }

    public void tag(Actor actor, UUID customerId, String tag) {
        tags.tag(actor, customerId, tag);
    }

    public void runRules(UUID brand) {
        rules.run(brand);
    }
}
