package io.oneshelf.pos.till;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tills' sales ({@code pos_sale}): which order each device sale became, once per till and client sale id. */
@Repository
class PosSales {

    /** A recorded sale: its order, and the shift it counts in. */
    record Recorded(UUID orderId, String number, UUID shiftId, boolean offline) {
    }

    /** A sale that awaited the till's QR payment, as it was placed: where it counts. */
    record Awaited(UUID tillId, UUID storeId, UUID clientSaleId, UUID shiftId, OffsetDateTime recordedAt) {
    }

    private final JdbcClient jdbc;

    PosSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recorded> find(UUID tillId, UUID clientSaleId) {
        return jdbc.sql("""
                select order_id, number, shift_id, offline from pos_sale
                where till_id = :till and client_sale_id = :client""")
                .param("till", tillId).param("client", clientSaleId)
                .query((rs, n) -> new Recorded(rs.getObject("order_id", UUID.class), rs.getString("number"),
                        rs.getObject("shift_id", UUID.class), rs.getBoolean("offline"))).optional();
    }

    /** Records the sale; false when the till's client sale id was recorded already (by a racing repeat). */
    boolean insert(UUID brandId, UUID tillId, UUID clientSaleId, Recorded sale, OffsetDateTime recordedAt,
                   OffsetDateTime syncedAt, boolean awaiting) {
        return jdbc.sql("""
                insert into pos_sale(till_id, client_sale_id, tenant_id, order_id, number, shift_id, offline,
                                     recorded_at, synced_at, awaiting)
                values (:till, :client, :tenant, :order, :number, :shift, :offline, :recorded, :synced, :awaiting)
                on conflict do nothing""")
                .param("awaiting", awaiting)
                .param("till", tillId).param("client", clientSaleId).param("tenant", brandId)
                .param("order", sale.orderId()).param("number", sale.number()).param("shift", sale.shiftId())
                .param("offline", sale.offline()).param("recorded", recordedAt).param("synced", syncedAt)
                .update() == 1;
    }

    /**
     * The sale of {@code orderId} stops awaiting its QR payment: answered once, to the one caller whose update
     * cleared the flag (a payment heard twice finds nothing left to do).
     */
    Optional<Awaited> stopAwaiting(UUID brandId, UUID orderId) {
        return jdbc.sql("""
                update pos_sale s set awaiting = false from pos_till t
                where s.tenant_id = :tenant and s.order_id = :order and s.awaiting and t.id = s.till_id
                returning s.till_id, t.store_id, s.client_sale_id, s.shift_id, s.recorded_at""")
                .param("tenant", brandId).param("order", orderId)
                .query((rs, n) -> new Awaited(rs.getObject("till_id", UUID.class), rs.getObject("store_id", UUID.class),
                        rs.getObject("client_sale_id", UUID.class), rs.getObject("shift_id", UUID.class),
                        rs.getObject("recorded_at", OffsetDateTime.class))).optional();
    }

    /** Whether the till's sale of {@code orderId} still awaits its QR payment. */
    boolean awaiting(UUID brandId, UUID tillId, UUID orderId) {
        return jdbc.sql("""
                select awaiting from pos_sale where tenant_id = :tenant and till_id = :till and order_id = :order""")
                .param("tenant", brandId).param("till", tillId).param("order", orderId).query(Boolean.class)
                .optional().orElseThrow(() -> io.oneshelf.platform.Rejection.notFound("order"));
    }

    /** The till's shift an order was sold in, if it was sold at a till. */
    Optional<UUID> shiftOf(UUID brandId, UUID orderId) {
        return jdbc.sql("select shift_id from pos_sale where tenant_id = :tenant and order_id = :order")
                .param("tenant", brandId).param("order", orderId).query(UUID.class).optional();
    }
}
