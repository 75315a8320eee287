package io.oneshelf.member.profile;

import io.oneshelf.member.IdentityKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The brand's customers as the console lists them: searched by phone, name or card number, filtered by tag, store of
 * registration and registration time, newest first. A customer merged into another is not listed (the survivor
 * is); read by id they are still found, with whom they were merged into.
 */
@Component
class CustomerDirectory {

    private static final String COLUMNS = """
            c.id, c.phone, c.name, c.card_number, c.source, c.registered_at, c.registered_store_id, c.merged_into,
            array(select t.tag from customer_tag t where t.tenant_id = c.tenant_id and t.customer_id = c.id
                  order by t.tag) as tags""";

    private final JdbcClient jdbc;

    CustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer as listed; {@code mergedInto} is the survivor's id for a merged customer. */
    record Listed(UUID id, String phone, String name, String cardNumber, String source, OffsetDateTime registeredAt,
                  UUID registeredStoreId, UUID mergedInto, List<String> tags) {
    }

    /** One identity of a customer other than phone and card: WeChat ids, email. */
    record Identity(IdentityKind kind, String value, OffsetDateTime since) {
    }

    /** The filters of a list; each null one does not filter. {@code before}: the cursor (the last id seen). */
    record Filter(UUID id, String q, String tag, UUID storeId, OffsetDateTime from, OffsetDateTime to,
                  UUID before) {
    }

    List<Listed> list(UUID brandId, Filter f, int fetch) {
        StringBuilder where = new StringBuilder("c.tenant_id = :brand and c.merged_into is null");
        List<Object[]> params = new ArrayList<>();
        if (f.id() != null) {
            where.append(" and c.id = :id");
            params.add(new Object[] {"id", f.id()});
        }
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().strip();
            String digits = q.replaceAll("[\\s-]", "");
            where.append(" and (lower(c.name) like :name escape '\\' or c.card_number = :card");
            if (digits.matches("\\d{3,11}")) {
                where.append(" or c.phone like :digits");
                params.add(new Object[] {"digits", "%" + digits + "%"});
            }
            where.append(")");
            params.add(new Object[] {"name", "%" + like(q.toLowerCase(Locale.ROOT)) + "%"});
            params.add(new Object[] {"card", q.toUpperCase(Locale.ROOT)});
        }
        if (f.tag() != null) {
            where.append(" and exists (select 1 from customer_tag t where t.tenant_id = c.tenant_id"
                    + " and t.customer_id = c.id and t.tag = :tag)");
            params.add(new Object[] {"tag", f.tag()});
        }
        if (f.storeId() != null) {
            where.append(" and c.registered_store_id = :store");
            params.add(new Object[] {"store", f.storeId()});
        }
        if (f.from() != null) {
            where.append(" and c.registered_at >= :from");
            params.add(new Object[] {"from", f.from()});
        }
        if (f.to() != null) {
            where.append(" and c.registered_at < :to");
            params.add(new Object[] {"to", f.to()});
        }
        if (f.before() != null) {
            where.append(" and c.id < :before");
            params.add(new Object[] {"before", f.before()});
        }
        var spec = jdbc.sql("select " + COLUMNS + " from customer c where " + where + " order by c.id desc limit "
                + fetch).param("brand", brandId);
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query(CustomerDirectory::listed).list();
    }

    Optional<Listed> find(UUID brandId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from customer c where c.tenant_id = :brand and c.id = :id")
                .param("brand", brandId).param("id", id).query(CustomerDirectory::listed).optional();
    }

    List<Identity> identities(UUID brandId, UUID customerId) {
        return jdbc.sql("select kind, value, created_at from customer_identity where tenant_id = :brand"
                        + " and customer_id = :id order by kind, created_at")
                .param("brand", brandId).param("id", customerId)
                .query((rs, n) -> new Identity(IdentityKind.valueOf(rs.getString("kind")), rs.getString("value"),
                        rs.getObject("created_at", OffsetDateTime.class))).list();
    }

    /** The brand's tags in use, with how many listed customers carry each, most used first. */
    List<TagCount> tags(UUID brandId) {
        return jdbc.sql("""
                        select t.tag, count(*) as customers from customer_tag t
                        join customer c on c.id = t.customer_id and c.merged_into is null
                        where t.tenant_id = :brand group by t.tag order by count(*) desc, t.tag limit 200""")
                .param("brand", brandId)
                .query((rs, n) -> new TagCount(rs.getString("tag"), rs.getLong("customers"))).list();
    }

    record TagCount(String tag, long customers) {
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Listed listed(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        return new Listed(rs.getObject("id", UUID.class), rs.getString("phone"), rs.getString("name"),
                rs.getString("card_number"), rs.getString("source"), rs.getObject("registered_at", OffsetDateTime.class),
                rs.getObject("registered_store_id", UUID.class), rs.getObject("merged_into", UUID.class),
                List.of((String[]) tags.getArray()));
    }
}
