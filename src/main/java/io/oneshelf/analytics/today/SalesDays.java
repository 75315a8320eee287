package io.oneshelf.analytics.today;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderPlaced;
import io.oneshelf.order.OrderView;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's read model: one row per order of a business day, summed by channel and by store. */
@Repository
class SalesDays {

    private final JdbcClient jdbc;

    SalesDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the other writers of this order's row wait until this transaction ends: the order is read after the
     * lock, so the last writer always writes the newest state.
     */
    void lock(UUID orderId) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits())
                .query((rs, n) -> 1).list();
    }

    /** Writes the order's row as the order is now: {@code sold} its total once paid, {@code returned} given. */
    void put(OrderView order, LocalDate day, long sold, long returned) {
        UUID[] places = order.lines().stream().map(OrderView.Line::placeId).filter(Objects::nonNull).distinct()
                .toArray(UUID[]::new);
        jdbc.sql("""
                        insert into sales_day_order(tenant_id, order_id, day, channel, store_id, place_ids, status,
                            total, sold, returned, updated_at)
                        values (:tenant, :order, :day, :channel, :store, :places, :status, :total, :sold, :returned,
                            now())
                        on conflict (tenant_id, order_id) do update set status = excluded.status,
                            total = excluded.total, sold = excluded.sold, returned = excluded.returned,
                            place_ids = excluded.place_ids, day = excluded.day,
                            updated_at = excluded.updated_at""")
                .param("tenant", order.brandId()).param("order", order.id()).param("day", day)
                .param("channel", order.channel().name()).param("store", order.storeId()).param("places", places)
                .param("status", order.status().name()).param("total", order.total()).param("sold", sold)
                .param("returned", returned)
                .update();
    }

    /** Adds a placed order's row (created, nothing sold or returned yet) unless the order has one already. */
    void placed(OrderPlaced order, LocalDate day) {
        UUID[] places = order.lines().stream().map(OrderPlaced.EventLine::placeId).filter(Objects::nonNull)
                .distinct().toArray(UUID[]::new);
        jdbc.sql("""
                        insert into sales_day_order(tenant_id, order_id, day, channel, store_id, place_ids, status,
                            total, sold, returned, updated_at)
                        values (:tenant, :order, :day, :channel, :store, :places, 'CREATED', :total, 0, 0, now())
                        on conflict (tenant_id, order_id) do nothing""")
                .param("tenant", order.brandId()).param("order", order.orderId()).param("day", day)
                .param("channel", order.channel().name()).param("store", order.storeId()).param("places", places)
                .param("total", order.total())
                .update();
    }

    /** One group's figures: orders placed (not cancelled), money taken for them and money given back. */
    record Figures(long orders, long sold, long returned) {
        long sales() {
            return sold - returned;
        }
    }

    record ByChannel(OrderChannel channel, Figures figures) {
    }

    record ByStore(UUID storeId, Figures figures) {
    }

    record Day(Figures total, List<ByChannel> channels, List<ByStore> stores, java.time.OffsetDateTime updatedAt) {
    }

    /** The day's figures of the orders of the places given (null: the whole brand's). */
    Day day(UUID tenantId, LocalDate day, List<UUID> places) {
        String where = " from sales_day_order where tenant_id = :tenant and day = :day"
                       + (places == null ? "" : " and (store_id = any(:places) or place_ids && :places)");
        String sums = "count(*) filter (where status <> 'CANCELLED'), coalesce(sum(sold), 0), "
                      + "coalesce(sum(returned), 0)";
        UUID[] reach = places == null ? new UUID[0] : places.toArray(UUID[]::new);
        List<ByChannel> channels = jdbc.sql("select channel, " + sums + where + " group by channel order by channel")
                .param("tenant", tenantId).param("day", day).param("places", reach)
                .query((rs, n) -> new ByChannel(OrderChannel.valueOf(rs.getString(1)),
                        new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4)))).list();
        List<ByStore> stores = jdbc.sql("select store_id, " + sums + where
                                        + " group by store_id order by 3 desc, store_id nulls last")
                .param("tenant", tenantId).param("day", day).param("places", reach)
                .query((rs, n) -> new ByStore(rs.getObject(1, UUID.class),
                        new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4)))).list();
        java.time.OffsetDateTime updated = jdbc.sql("select max(updated_at)" + where)
                .param("tenant", tenantId).param("day", day).param("places", reach)
                .query(java.time.OffsetDateTime.class).optional().orElse(null);
        Figures total = new Figures(channels.stream().mapToLong(c -> c.figures().orders()).sum(),
                channels.stream().mapToLong(c -> c.figures().sold()).sum(),
                channels.stream().mapToLong(c -> c.figures().returned()).sum());
        return new Day(total, channels, stores, updated);
    }
}
