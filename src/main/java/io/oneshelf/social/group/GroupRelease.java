package io.oneshelf.social.group;

import io.oneshelf.order.Orders;
import io.oneshelf.social.GroupSucceeded;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases a succeeded group's orders to fulfilment (decision 0055): each was held when it was placed
 * ({@link GroupPricing}), so nothing of a group is picked, shipped or handed over before it has its size. Each order
 * in a transaction of its own; one that fails does not stop the others, and the event fails after all were tried,
 * so that it is heard again and releases what is still held (a release of a released order changes nothing).
 */
@Component
class GroupRelease {

    private final Members members;
    private final Orders orders;
    private final TransactionTemplate own;

    GroupRelease(Members members, Orders orders, PlatformTransactionManager transactions) {
        this.members = members;
        this.orders = orders;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(GroupSucceeded succeeded) {
        RuntimeException failed = null;
        for (Members.Member m : members.ofGroup(succeeded.brandId(), succeeded.groupId())) {
            if (m.status() != Members.Status.PAID) {
                continue;
            }
            try {
                release(succeeded.brandId(), m.orderId());
            } catch (RuntimeException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void release(UUID brandId, UUID orderId) {
        own.executeWithoutResult(s -> orders.release(brandId, orderId));
    }
}
