package io.oneshelf.voucher.book;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Vouchers ({@code voucher}) and the append-only ledger of their uses ({@code voucher_use}). A use is appended in
 * the transaction that changes the voucher's sums, under the voucher's row lock.
 */
@Repository
class VoucherBook {

    private final JdbcClient jdbc;

    VoucherBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new voucher; false when its unit has one already (the event was delivered before). */
    boolean issue(Voucher v) {
        return jdbc.sql("""
                insert into voucher(id, tenant_id, code, order_id, order_number, line_index, unit, sku_id, sku_code,
                                    sku_name, store_id, customer_id, uses, redeemed, refunded, returned, price,
                                    refund_amount, issued_at, expires_at, version)
                values (:id, :tenant, :code, :order, :number, :line, :unit, :sku, :skuCode, :skuName, :store,
                        :customer, :uses, 0, 0, false, :price, 0, :issued, :expires, 0)
                on conflict (tenant_id, order_id, line_index, unit) do nothing""")
                .param("id", v.id()).param("tenant", v.brandId()).param("code", v.code())
                .param("order", v.orderId()).param("number", v.orderNumber()).param("line", v.lineIndex())
                .param("unit", v.unit()).param("sku", v.skuId()).param("skuCode", v.skuCode())
                .param("skuName", v.skuName()).param("store", v.storeId()).param("customer", v.customerId())
                .param("uses", v.uses()).param("price", v.price()).param("issued", v.issuedAt())
                .param("expires", v.expiresAt())
                .update() == 1;
    }

    boolean codeTaken(UUID brandId, String code) {
        return jdbc.sql("select exists(select 1 from voucher where tenant_id = :tenant and code = :code)")
                .param("tenant", brandId).param("code", code).query(Boolean.class).single();
    }

    Optional<Voucher> find(UUID brandId, UUID id, boolean lock) {
        return jdbc.sql("select * from voucher where tenant_id = :tenant and id = :id" + (lock ? " for update" : ""))
                .param("tenant", brandId).param("id", id).query((rs, n) -> map(rs)).optional();
    }

    Optional<Voucher> byCode(UUID brandId, String code, boolean lock) {
        return jdbc.sql("select * from voucher where tenant_id = :tenant and code = :code"
                        + (lock ? " for update" : ""))
                .param("tenant", brandId).param("code", code).query((rs, n) -> map(rs)).optional();
    }

    /** The vouchers of one order, or of one customer, or at the given stores (null: anywhere), by id. */
    List<Voucher> list(UUID brandId, UUID orderId, UUID customerId, UUID[] stores, UUID after, int limit) {
        return jdbc.sql("select * from voucher where tenant_id = :tenant and id > :after"
                        + (orderId == null ? "" : " and order_id = :order")
                        + (customerId == null ? "" : " and customer_id = :customer")
                        + (stores == null ? "" : " and store_id = any(:stores)") + " order by id limit :limit")
                .param("tenant", brandId).param("after", after).param("order", orderId)
                .param("customer", customerId).param("stores", stores).param("limit", limit)
                .query((rs, n) -> map(rs)).list();
    }

    /** The vouchers of one order line, locked, by unit. */
    List<Voucher> ofLine(UUID brandId, UUID orderId, int lineIndex) {
        return jdbc.sql("""
                select * from voucher where tenant_id = :tenant and order_id = :order and line_index = :line
                order by unit for update""")
                .param("tenant", brandId).param("order", orderId).param("line", lineIndex)
                .query((rs, n) -> map(rs)).list();
    }

    /** Saves the voucher's new sums with the use that changed them. */
    void use(Voucher after, String kind, int uses, long amount, Actor actor, OffsetDateTime at) {
        jdbc.sql("""
                update voucher set redeemed = :redeemed, refunded = :refunded, returned = :returned,
                                   refund_amount = :refundAmount, version = :version
                where tenant_id = :tenant and id = :id""")
                .param("redeemed", after.redeemed()).param("refunded", after.refunded())
                .param("returned", after.returned()).param("refundAmount", after.refundAmount())
                .param("version", after.version()).param("tenant", after.brandId()).param("id", after.id())
                .update();
        jdbc.sql("""
                insert into voucher_use(id, tenant_id, voucher_id, kind, uses, amount, store_id, actor_kind, actor_id,
                                        actor_name, at)
                values (:id, :tenant, :voucher, :kind, :uses, :amount, :store, :actorKind, :actorId, :actorName, :at)""")
                .param("id", Ids.next()).param("tenant", after.brandId()).param("voucher", after.id())
                .param("kind", kind).param("uses", uses).param("amount", amount).param("store", after.storeId())
                .param("actorKind", actor == null ? "SYSTEM" : actor.kind().name())
                .param("actorId", actor == null ? null : actor.id())
                .param("actorName", actor == null ? null : actor.name()).param("at", at)
                .update();
    }

    /** The uses of a voucher, oldest first. */
    List<VoucherViews.Use> uses(UUID brandId, UUID voucherId) {
        return jdbc.sql("""
                select kind, uses, amount, store_id, actor_name, at from voucher_use
                where tenant_id = :tenant and voucher_id = :voucher order by at, id""")
                .param("tenant", brandId).param("voucher", voucherId)
                .query((rs, n) -> new VoucherViews.Use(rs.getString("kind"), rs.getInt("uses"), rs.getLong("amount"),
                        rs.getObject("store_id", UUID.class), rs.getString("actor_name"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    private static Voucher map(ResultSet rs) throws SQLException {
        return new Voucher(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("code"), rs.getObject("order_id", UUID.class), rs.getString("order_number"),
                rs.getInt("line_index"), rs.getInt("unit"), rs.getObject("sku_id", UUID.class),
                rs.getString("sku_code"), rs.getString("sku_name"), rs.getObject("store_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getInt("uses"), rs.getInt("redeemed"),
                rs.getInt("refunded"), rs.getBoolean("returned"), rs.getLong("price"), rs.getLong("refund_amount"),
                rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
