package io.oneshelf.guide.binding;

import io.oneshelf.guide.CustomersHandedOver;
import io.oneshelf.platform.Ids;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a guide's customers over (a guide leaves or moves): every current binding of theirs ends and a new one to
 * the named guide, or to the store's pool, starts, linked to the handover; the earlier bindings stay as history.
 * The bindings are locked while they move, so a customer bound meanwhile by a link is moved or left, never lost.
 * Announced once as {@link CustomersHandedOver}; telling the customers is {@link HandoverNotices}'.
 */
@Service
public class Handovers {

    private final JdbcClient jdbc;
    private final BindingStore store;
    private final ApplicationEventPublisher events;

    Handovers(JdbcClient jdbc, BindingStore store, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
    }

    /** A handover to make: from a guide to another ({@code toGuideId}) or to the pool of {@code storeId}. */
    public record HandOver(UUID brandId, UUID fromGuideId, UUID toGuideId, UUID storeId, String reason,
                           UUID byStaffId) {
    }

    /** A handover made, with how many customers it moved and, once told, how many were notified or refused. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "GuideHandover")
    public record Handover(UUID id, UUID fromGuideId, UUID toGuideId, UUID storeId, String reason, int customers,
                           int notified, int refused, UUID byStaffId, OffsetDateTime createdAt) {
    }

    @Transactional
    public Handover handOver(HandOver h) {
        UUID id = Ids.next();
        List<Binding> moving = store.lockOfGuide(h.brandId(), h.fromGuideId());
        OffsetDateTime at = jdbc.sql("""
                        insert into guide_handover(id, tenant_id, from_guide_id, to_guide_id, store_id, reason,
                                                   customers, by_staff_id, created_at)
                        values (:id, :brand, :from, :to, :store, :reason, :customers, :by, now())
                        returning created_at""")
                .param("id", id).param("brand", h.brandId()).param("from", h.fromGuideId())
                .param("to", h.toGuideId()).param("store", h.storeId()).param("reason", h.reason())
                .param("customers", moving.size()).param("by", h.byStaffId()).query(OffsetDateTime.class).single();
        for (Binding b : moving) {
            store.replace(h.brandId(), b.id(), BindingStore.fresh(b.customerId(), h.toGuideId(), h.storeId(),
                    Binding.Source.HANDOVER, id, h.byStaffId()));
        }
        events.publishEvent(new CustomersHandedOver(h.brandId(), id, h.fromGuideId(), h.toGuideId(), h.storeId(),
                moving.size(), h.reason(), at));
        return new Handover(id, h.fromGuideId(), h.toGuideId(), h.storeId(), h.reason(), moving.size(), 0, 0,
                h.byStaffId(), at);
    }

    /** The handovers of the stores named, newest first, after the cursor's handover id. */
    public List<Handover> of(UUID brand, java.util.Collection<UUID> stores, UUID before, int limit) {
        return jdbc.sql("""
                        select * from guide_handover where tenant_id = :brand and store_id = any(:stores)
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("stores", stores.toArray(UUID[]::new)).param("before", before)
                .param("limit", limit)
                .query((rs, n) -> new Handover(rs.getObject("id", UUID.class), rs.getObject("from_guide_id", UUID.class),
                        rs.getObject("to_guide_id", UUID.class), rs.getObject("store_id", UUID.class),
                        rs.getString("reason"), rs.getInt("customers"), rs.getInt("notified"), rs.getInt("refused"),
                        rs.getObject("by_staff_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** Records how many of the handover's customers were told and how many refused messages. */
    void told(UUID handoverId, int notified, int refused) {
        jdbc.sql("update guide_handover set notified = :n, refused = :r where id = :id")
                .param("n", notified).param("r", refused).param("id", handoverId).update();
    }
}
