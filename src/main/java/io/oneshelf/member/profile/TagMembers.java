package io.oneshelf.member.profile;

import io.oneshelf.member.TaggedCustomers;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link TaggedCustomers} from {@code customer_tag}, without merged customers. */
@Component
class TagMembers implements TaggedCustomers {

    private static final String WHERE = """
            from customer_tag t join customer c on c.tenant_id = t.tenant_id and c.id = t.customer_id
            where t.tenant_id = :brand and t.tag = :tag and c.merged_into is null""";

    private final JdbcClient jdbc;

    TagMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> tagged(UUID brandId, String tag, UUID after, int limit) {
        return jdbc.sql("select t.customer_id " + WHERE + " and t.customer_id > :after order by t.customer_id"
                        + " limit :limit")
                .param("brand", brandId).param("tag", tag).param("after", after).param("limit", limit)
                .query(UUID.class).list();
    }

    @Override
    public long count(UUID brandId, String tag) {
        return jdbc.sql("select count(*) " + WHERE).param("brand", brandId).param("tag", tag)
                .query(Long.class).single();
    }
}
