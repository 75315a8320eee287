package io.oneshelf.guide.content;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the shares brought, aggregated when read from their append-only facts (views, touches, attributed orders),
 * so that however many visitors open a share at once no count is lost: views, distinct visitors, add-to-carts,
 * orders paid and their sales net of refunds, all within a period (open at either end when null).
 */
@Repository
class ShareStats {

    /** A share's figures: {@code sales} in fen, what its orders paid less what was refunded of them. */
    public record Figures(long views, long visitors, long addToCarts, long orders, long sales) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(views + o.views, visitors + o.visitors, addToCarts + o.addToCarts, orders + o.orders,
                    sales + o.sales);
        }
    }

    private static final String IN = "(cast(:start as timestamptz) is null or %1$s >= :start)"
            + " and (cast(:end as timestamptz) is null or %1$s < :end)";

    private static final String FIGURES = """
            select s.id,
                   (select count(*) from guide_share_view v where v.share_id = s.id and %1$s) as views,
                   (select count(distinct v.visitor) from guide_share_view v where v.share_id = s.id and %1$s)
                       as visitors,
                   (select count(*) from guide_share_touch t where t.share_id = s.id and t.kind = 'CART' and %2$s)
                       as carts,
                   (select count(*) from guide_share_order o where o.share_id = s.id and %3$s) as orders,
                   (select coalesce(sum(greatest(o.paid - o.refunded, 0)), 0) from guide_share_order o
                     where o.share_id = s.id and %3$s) as sales
            from guide_share s where s.tenant_id = :brand and s.id in (:ids)""".formatted(IN.formatted("v.seen_at"),
            IN.formatted("t.touched_at"), IN.formatted("o.paid_at"));

    private final JdbcClient jdbc;

    ShareStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of each of the shares, by id (a share with nothing yet has zeros). */
    Map<UUID, Figures> of(UUID brand, Collection<UUID> shareIds, OffsetDateTime start, OffsetDateTime end) {
        if (shareIds.isEmpty()) {
            return Map.of();
        }
        record Row(UUID id, Figures figures) {
        }
        List<Row> rows = jdbc.sql(FIGURES).param("brand", brand).param("ids", shareIds).param("start", start)
                .param("end", end)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), new Figures(rs.getLong("views"),
                        rs.getLong("visitors"), rs.getLong("carts"), rs.getLong("orders"), rs.getLong("sales"))))
                .list();
        return rows.stream().collect(Collectors.toMap(Row::id, Row::figures));
    }

    /** Records a view of the share by a visitor. */
    void view(UUID brand, UUID share, String visitor) {
        jdbc.sql("insert into guide_share_view(tenant_id, share_id, visitor, seen_at)"
                 + " values (:brand, :share, :visitor, now())")
                .param("brand", brand).param("share", share).param("visitor", visitor).update();
    }

    /** Records a signed-in customer's touch of the share ({@code OPEN} or {@code CART}). */
    void touch(UUID brand, UUID share, UUID customer, String kind) {
        jdbc.sql("insert into guide_share_touch(tenant_id, share_id, customer_id, kind, touched_at)"
                 + " values (:brand, :share, :customer, :kind, now())")
                .param("brand", brand).param("share", share).param("customer", customer).param("kind", kind)
                .update();
    }
}
