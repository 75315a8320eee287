package io.oneshelf.member.customer;

import io.oneshelf.member.MemberCards;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link MemberCards} from the customer rows. */
@Component
class MemberCardFile implements MemberCards {

    private final JdbcClient jdbc;

    MemberCardFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MemberCard> cards(UUID brandId, Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, phone, name, card_number, merged_into is null and anonymised_at is null as current
                        from customer where tenant_id = :brand and id = any(:ids)""")
                .param("brand", brandId).param("ids", customerIds.toArray(UUID[]::new))
                .query((rs, n) -> new MemberCard(rs.getObject("id", UUID.class), rs.getString("phone"),
                        rs.getString("name"), rs.getString("card_number"), rs.getBoolean("current")))
                .list();
    }

    @Override
    public List<UUID> registeredAt(UUID brandId, UUID storeId, int limit) {
        return jdbc.sql("""
                        select id from customer where tenant_id = :brand and registered_store_id = :store
                        and merged_into is null and anonymised_at is null order by registered_at desc limit :limit""")
                .param("brand", brandId).param("store", storeId).param("limit", limit).query(UUID.class).list();
    }

    @Override
    public List<UUID> changedSince(UUID brandId, Instant since, int limit) {
        return jdbc.sql("""
                        select id from customer where tenant_id = :brand and updated_at >= :since
                        order by updated_at desc limit :limit""")
                .param("brand", brandId).param("since", since.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query(UUID.class).list();
    }
}
