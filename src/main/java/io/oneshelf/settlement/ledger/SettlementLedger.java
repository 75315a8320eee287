package io.oneshelf.settlement.ledger;

import io.oneshelf.platform.Period;
import io.oneshelf.settlement.Owner;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only settlement ledger ({@code settlement_entry}): rows are only inserted (a trigger refuses updates
 * and deletes); a line's obligation is the sum of its rows. Reads are limited to a caller's view by a
 * {@link View}.
 */
@Repository
class SettlementLedger {

    private static final String COLUMNS = """
            id, tenant_id, kind, cause, cause_id, order_id, order_number, order_channel, line_index, sku_id,
            sku_code, place_id, store_id, debtor_kind, debtor_id, creditor_kind, creditor_id, quantity,
            base_amount, rate_percent, amount, corrects_id, recorded_at""";

    private final JdbcClient jdbc;

    SettlementLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for, then holds until the transaction ends, the order's settlement lock: the events of one order are
     * settled one at a time, on every server instance.
     */
    void lock(UUID orderId) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits())
                .query((rs, n) -> 1).list();
    }

    /** What the ledger holds for each line of an order that has entries, by line index. */
    Map<Integer, LineBook> books(UUID tenantId, UUID orderId) {
        Map<Integer, LineBook> books = new HashMap<>();
        jdbc.sql("""
                select line_index, (array_agg(id order by id))[1] as first_id,
                       (array_agg(debtor_kind order by id))[1] as debtor_kind,
                       (array_agg(debtor_id order by id))[1] as debtor_id,
                       (array_agg(creditor_kind order by id))[1] as creditor_kind,
                       (array_agg(creditor_id order by id))[1] as creditor_id,
                       (array_agg(rate_percent order by id))[1] as rate_percent,
                       sum(quantity) as quantity, sum(base_amount) as base, sum(amount) as amount
                from settlement_entry where tenant_id = :tenant and order_id = :order
                group by line_index""")
                .param("tenant", tenantId).param("order", orderId)
                .query((rs, n) -> new LineBook(rs.getInt("line_index"), rs.getObject("first_id", UUID.class),
                        owner(rs, "debtor"), owner(rs, "creditor"), rs.getInt("rate_percent"),
                        new LineDue(rs.getLong("quantity"), rs.getLong("base"), rs.getLong("amount"))))
                .list().forEach(b -> books.put(b.lineIndex(), b));
        return books;
    }

    void append(SettlementEntry e) {
        jdbc.sql("insert into settlement_entry (" + COLUMNS + """
                ) values (:id, :tenant, :kind, :cause, :causeId, :orderId, :orderNumber, :channel, :lineIndex,
                          :skuId, :skuCode, :placeId, :storeId, :debtorKind, :debtorId, :creditorKind, :creditorId,
                          :quantity, :base, :rate, :amount, :corrects, :recordedAt)""")
                .param("id", e.id()).param("tenant", e.brandId()).param("kind", e.kind().name())
                .param("cause", e.cause().name()).param("causeId", e.causeId()).param("orderId", e.orderId())
                .param("orderNumber", e.orderNumber()).param("channel", e.channel())
                .param("lineIndex", e.lineIndex()).param("skuId", e.skuId()).param("skuCode", e.skuCode())
                .param("placeId", e.placeId()).param("storeId", e.storeId())
                .param("debtorKind", e.debtor().kind().name()).param("debtorId", e.debtor().id())
                .param("creditorKind", e.creditor().kind().name()).param("creditorId", e.creditor().id())
                .param("quantity", e.quantity()).param("base", e.baseAmount()).param("rate", e.ratePercent())
                .param("amount", e.amount()).param("corrects", e.correctsId()).param("recordedAt", e.recordedAt())
                .update();
    }

    /** Entries the view sees, of one order (whenever recorded) or recorded within the period, oldest first. */
    List<SettlementEntry> page(View view, Period period, UUID orderId, UUID after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from settlement_entry x where x.tenant_id = :tenant and x.id > :after"
                        + (orderId == null ? " and x.recorded_at >= :from and x.recorded_at < :to"
                                : " and x.order_id = :order") + view.condition()
                        + " order by x.id limit :limit")
                .params(view.params()).param("from", period.start()).param("to", period.end())
                .param("after", after).param("order", orderId).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    /**
     * One sum per direction (debtor → creditor) of the entries the view sees within the period: the stock
     * obligations and the stored-value clearing ({@code settlement_wallet_entry}, decision 0036) together.
     */
    List<Direction> directions(View view, Period period) {
        return jdbc.sql("""
                select debtor_kind, debtor_id, creditor_kind, creditor_id, sum(amount) as amount,
                       coalesce(sum(amount) filter (where kind = 'OBLIGATION'), 0) as obligations,
                       coalesce(sum(amount) filter (where kind = 'REVERSAL'), 0) as reversals, count(*) as entries
                from (select kind, debtor_kind, debtor_id, creditor_kind, creditor_id, amount, place_id, store_id,
                             recorded_at, tenant_id
                      from settlement_entry
                      union all
                      select case when cause = 'SPENT' then 'OBLIGATION' else 'REVERSAL' end, debtor_kind, debtor_id,
                             creditor_kind, creditor_id, amount, place_id, store_id, recorded_at, tenant_id
                      from settlement_wallet_entry) x
                where x.tenant_id = :tenant and x.recorded_at >= :from and x.recorded_at < :to""" + view.condition()
                        + " group by debtor_kind, debtor_id, creditor_kind, creditor_id")
                .params(view.params()).param("from", period.start()).param("to", period.end())
                .query((rs, n) -> new Direction(owner(rs, "debtor"), owner(rs, "creditor"), rs.getLong("amount"),
                        rs.getLong("obligations"), rs.getLong("reversals"), rs.getLong("entries")))
                .list();
    }

    /** The orders with entries the view sees within the period (or the one named), oldest first. */
    List<UUID> orders(View view, Period period, UUID orderId) {
        return jdbc.sql("select x.order_id from settlement_entry x where x.tenant_id = :tenant"
                        + (orderId == null ? " and x.recorded_at >= :from and x.recorded_at < :to"
                                : " and x.order_id = :order")
                        + view.condition() + " group by x.order_id order by min(x.recorded_at)")
                .params(view.params()).param("from", period.start()).param("to", period.end())
                .param("order", orderId)
                .query(UUID.class).list();
    }

    /** The sum of one direction's entries: debtor owes creditor {@code amount}. */
    record Direction(Owner debtor, Owner creditor, long amount, long obligations, long reversals, long entries) {
    }

    private static SettlementEntry entry(ResultSet rs) throws SQLException {
        return new SettlementEntry(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                SettlementEntry.Kind.valueOf(rs.getString("kind")),
                SettlementEntry.Cause.valueOf(rs.getString("cause")),
                rs.getObject("cause_id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("order_number"), rs.getString("order_channel"), rs.getInt("line_index"),
                rs.getObject("sku_id", UUID.class), rs.getString("sku_code"), rs.getObject("place_id", UUID.class),
                rs.getObject("store_id", UUID.class), owner(rs, "debtor"), owner(rs, "creditor"),
                rs.getLong("quantity"), rs.getLong("base_amount"), rs.getInt("rate_percent"), rs.getLong("amount"),
                rs.getObject("corrects_id", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static Owner owner(ResultSet rs, String prefix) throws SQLException {
        return new Owner(Owner.Kind.valueOf(rs.getString(prefix + "_kind")),
                rs.getObject(prefix + "_id", UUID.class));
    }
}
