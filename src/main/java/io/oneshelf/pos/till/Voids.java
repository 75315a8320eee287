package io.oneshelf.pos.till;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.VoidRecorded;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voids before payment ({@code pos_void}), each audited and published: recorded at once online, or synced later
 * with the sales a till made offline — then at the time it happened on the device, in the shift open then, and once
 * per (till, client void id), so a resent sync records nothing more.
 */
@Service
class Voids {

    /** A void as recorded; {@code duplicate} when its client void id was recorded already. */
    record Recorded(CounterController.VoidView view, boolean duplicate) {
    }

    private final Shifts shifts;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Voids(Shifts shifts, AuditLog audit, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.shifts = shifts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A void made now at the till (online). */
    @Transactional
    CounterController.VoidView record(Actor actor, Till till, PosRequests.Void body) {
        check(body.kind(), body.skuId(), body.quantity(), "");
        UUID shift = shifts.openOn(till.id()).map(Shift::id).orElse(null);
        CounterController.VoidView v = new CounterController.VoidView(Ids.next(), till.id(), shift, body.kind(),
                body.skuId(), body.quantity(), body.amountFen(), body.reason().strip(), actor.name(), ShiftDesk.now());
        insert(actor, till, v, null, null);
        return v;
    }

    /** A void the till made offline, at {@code v.recordedAt()} on the device; once per client void id. */
    @Transactional
    Recorded synced(Actor actor, Till till, PosRequests.OfflineVoid body) {
        Optional<CounterController.VoidView> earlier = find(till.id(), body.clientVoidId());
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), true);
        }
        UUID shift = shifts.openAt(till.id(), body.recordedAt()).or(() -> shifts.openOn(till.id()))
                .map(Shift::id).orElse(null);
        CounterController.VoidView v = new CounterController.VoidView(Ids.next(), till.id(), shift, body.kind(),
                body.skuId(), body.quantity(), body.amountFen(), body.reason().strip(), actor.name(),
                body.recordedAt());
        if (!insert(actor, till, v, body.clientVoidId(), ShiftDesk.now())) {
            // a racing resend of the same void recorded it first
            return new Recorded(find(till.id(), body.clientVoidId()).orElseThrow(), true);
        }
        return new Recorded(v, false);
    }

    /** A line void names the SKU and quantity it took off. Errors name {@code <at>skuId} / {@code <at>quantity}. */
    static void check(PosRequests.VoidKind kind, UUID skuId, Long quantity, String at) {
        if (kind == PosRequests.VoidKind.LINE && (skuId == null || quantity == null)) {
            throw Rejection.invalid(at + (skuId == null ? "skuId" : "quantity"), "pos.void.line-needs-sku");
        }
    }

    private boolean insert(Actor actor, Till till, CounterController.VoidView v, UUID clientVoidId,
                           OffsetDateTime syncedAt) {
        int inserted = jdbc.sql("""
                insert into pos_void(id, tenant_id, till_id, shift_id, kind, sku_id, quantity, amount_fen, reason,
                                     staff_id, staff_name, at, client_void_id, synced_at)
                values (:id, :tenant, :till, :shift, :kind, :sku, :quantity, :amount, :reason, :staff, :staffName,
                        :at, :client, :synced)
                on conflict do nothing""")
                .param("id", v.id()).param("tenant", actor.tenantId()).param("till", till.id())
                .param("shift", v.shiftId()).param("kind", v.kind().name()).param("sku", v.skuId())
                .param("quantity", v.quantity()).param("amount", v.amountFen()).param("reason", v.reason())
                .param("staff", actor.id()).param("staffName", actor.name()).param("at", v.at())
                .param("client", clientVoidId).param("synced", syncedAt).update();
        if (inserted == 0) {
            return false;
        }
        // the audited void carries the time it happened (the device's, when synced); the audit row is when we heard
        audit.record(actor, "pos.void", "till", till.id(), null, v);
        events.publishEvent(new VoidRecorded(actor.tenantId(), v.id(), till.id(), v.shiftId(), till.storeId(),
                v.kind().name(), v.skuId(), v.quantity(), v.amountFen(), v.reason(), actor.id(), v.at()));
        return true;
    }

    private Optional<CounterController.VoidView> find(UUID tillId, UUID clientVoidId) {
        return jdbc.sql("""
                select id, till_id, shift_id, kind, sku_id, quantity, amount_fen, reason, staff_name, at
                from pos_void where till_id = :till and client_void_id = :client""")
                .param("till", tillId).param("client", clientVoidId)
                .query((rs, n) -> new CounterController.VoidView(rs.getObject("id", UUID.class),
                        rs.getObject("till_id", UUID.class), rs.getObject("shift_id", UUID.class),
                        PosRequests.VoidKind.valueOf(rs.getString("kind")), rs.getObject("sku_id", UUID.class),
                        (Long) rs.getObject("quantity"), rs.getLong("amount_fen"), rs.getString("reason"),
                        rs.getString("staff_name"), rs.getObject("at", OffsetDateTime.class))).optional();
    }
}
