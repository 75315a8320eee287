package io.oneshelf.integration.kafka;

import io.oneshelf.platform.BusinessEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the relay of this instance when a transaction that published events commits, so that they leave at once
 * rather than at the next poll. Once per transaction, and not persisted: a nudge lost (or sent to a standby
 * instance) only means the active relay finds the events at its next poll. A plain listener that registers its own
 * synchronization, since a transactional event listener would add a row to the event publication registry for
 * every event.
 */
class RelayNudge {

    private final KafkaRelay relay;

    RelayNudge(KafkaRelay relay) {
        this.relay = relay;
    }

    @EventListener
    void published(BusinessEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new AfterCommit());
        }
    }

    private final class AfterCommit implements TransactionSynchronization {

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RelayNudge.this);
            if (status == STATUS_COMMITTED) {
                relay.nudge();
            }
        }
    }
}
