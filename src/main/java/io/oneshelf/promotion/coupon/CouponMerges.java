package io.oneshelf.promotion.coupon;

import io.oneshelf.member.CustomersMergeUndone;
import io.oneshelf.member.CustomersMerged;
import io.oneshelf.promotion.CouponsMoved;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Coupons follow customer merges (decision 0039): a merge moves every coupon of the merged customer, used or not,
 * to the survivor and records each move ({@code coupon_merge_move}, by merge), so that undoing the merge moves
 * exactly those back, even after later merges; a repeated event moves nothing twice. Told as {@link CouponsMoved}.
 */
@Component
class CouponMerges {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CouponMerges(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        List<UUID> moved = jdbc.sql("""
                        with moved as (
                            update coupon set customer_id = :survivor
                            where tenant_id = :brand and customer_id = :merged
                            and not exists (select 1 from coupon_merge_move m where m.merge_id = :merge)
                            returning id)
                        insert into coupon_merge_move(tenant_id, merge_id, coupon_id, from_customer, to_customer)
                        select :brand, :merge, id, :merged, :survivor from moved
                        returning coupon_id""")
                .param("brand", merged.brandId()).param("merge", merged.mergeId())
                .param("survivor", merged.survivorId()).param("merged", merged.mergedId())
                .query(UUID.class).list();
        if (!moved.isEmpty()) {
            events.publishEvent(new CouponsMoved(merged.brandId(), merged.mergeId(), merged.mergedId(),
                    merged.survivorId(), "MERGED", moved));
        }
    }

    @ApplicationModuleListener
    void on(CustomersMergeUndone undone) {
        List<UUID> back = jdbc.sql("""
                        with back as (
                            delete from coupon_merge_move where tenant_id = :brand and merge_id = :merge
                            returning coupon_id, from_customer, to_customer)
                        update coupon c set customer_id = back.from_customer from back
                        where c.tenant_id = :brand and c.id = back.coupon_id and c.customer_id = back.to_customer
                        returning c.id""")
                .param("brand", undone.brandId()).param("merge", undone.mergeId()).query(UUID.class).list();
        if (!back.isEmpty()) {
            events.publishEvent(new CouponsMoved(undone.brandId(), undone.mergeId(), undone.survivorId(),
                    undone.mergedId(), "MERGE_UNDONE", back));
        }
    }
}
