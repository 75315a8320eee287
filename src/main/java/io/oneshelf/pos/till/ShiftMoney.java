package io.oneshelf.pos.till;

import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Ids;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The money that went through a shift ({@code pos_money}): each tender of a sale (with the change given back on
 * cash) and each tender a counter return refunded to, once per sale or return and tender.
 */
@Repository
class ShiftMoney {

    enum Kind { SALE, REFUND }

    /** One tender's part: {@code refId} the order (SALE) or the return (REFUND). */
    record Entry(Kind kind, UUID refId, UUID orderId, Tender tender, long amount, long changeFen) {
    }

    /** What went through shifts, per kind and tender: the sum, the change given, how many sales or returns. */
    record Total(Kind kind, Tender tender, long amount, long changeFen, long count) {
    }

    private final JdbcClient jdbc;

    ShiftMoney(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID brandId, UUID shiftId, List<Entry> entries, OffsetDateTime at) {
        for (Entry e : entries) {
            jdbc.sql("""
                    insert into pos_money(id, tenant_id, shift_id, kind, ref_id, order_id, tender, amount, change_fen,
                                          at)
                    values (:id, :tenant, :shift, :kind, :ref, :order, :tender, :amount, :change, :at)
                    on conflict do nothing""")
                    .param("id", Ids.next()).param("tenant", brandId).param("shift", shiftId)
                    .param("kind", e.kind().name()).param("ref", e.refId()).param("order", e.orderId())
                    .param("tender", e.tender().name()).param("amount", e.amount()).param("change", e.changeFen())
                    .param("at", at).update();
        }
    }

    List<Total> totals(Collection<UUID> shiftIds) {
        return jdbc.sql("""
                select kind, tender, sum(amount) as amount, sum(change_fen) as change_fen,
                       count(distinct ref_id) as count
                from pos_money where shift_id = any(:shifts) group by kind, tender order by kind, tender""")
                .param("shifts", shiftIds.toArray(UUID[]::new))
                .query((rs, n) -> new Total(Kind.valueOf(rs.getString("kind")), Tender.valueOf(rs.getString("tender")),
                        rs.getLong("amount"), rs.getLong("change_fen"), rs.getLong("count")))
                .list();
    }

    /** How many distinct sales and returns the shifts took (a split-tender sale is one sale). */
    long count(Collection<UUID> shiftIds, Kind kind) {
        return jdbc.sql("select count(distinct ref_id) from pos_money where shift_id = any(:shifts) and kind = :kind")
                .param("shifts", shiftIds.toArray(UUID[]::new)).param("kind", kind.name())
                .query(Long.class).single();
    }
}
