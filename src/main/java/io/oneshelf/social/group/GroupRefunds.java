package io.oneshelf.social.group;

import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.Orders;
import io.oneshelf.social.GroupFailed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds a failed group: every order still holding a place in it is cancelled ({@code CAMPAIGN_FAILED}), which
 * refunds what was paid to its tenders and releases an unpaid one; {@link GroupPayments} then marks the places. Each
 * order in a transaction of its own, so that one the order refuses (shipped meanwhile, or paid a moment ago: its
 * payment comes back here through {@link GroupPayments}) does not stop the others; hearing the event again cancels
 * only what is not cancelled yet.
 */
@Component
class GroupRefunds {

    private static final Logger log = LoggerFactory.getLogger(GroupRefunds.class);

    private final Members members;
    private final Orders orders;
    private final TransactionTemplate own;

    GroupRefunds(Members members, Orders orders, PlatformTransactionManager transactions) {
        this.members = members;
        this.orders = orders;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(GroupFailed failed) {
        members.ofGroup(failed.brandId(), failed.groupId()).stream()
                .filter(m -> m.status() == Members.Status.PENDING || m.status() == Members.Status.PAID)
                .forEach(m -> cancel(failed.brandId(), m.orderId()));
    }

    /** Cancels the order of a place in a failed group, unless it is cancelled or refunded already. */
    void cancel(UUID brandId, UUID orderId) {
        try {
            own.executeWithoutResult(s -> orders.find(brandId, orderId)
                    .filter(o -> o.status() != OrderStatus.CANCELLED && o.status() != OrderStatus.REFUNDED)
                    .ifPresent(o -> orders.cancel(new CancelOrder(brandId, orderId, null, null,
                            CancelOrder.Reason.CAMPAIGN_FAILED, "拼团未成团 / group did not fill"))));
        } catch (RuntimeException e) {
            log.warn("Order {} of a failed group was not cancelled: {}", orderId, e.getMessage());
        }
    }
}
