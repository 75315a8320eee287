package io.oneshelf.loyalty.points;

import io.oneshelf.loyalty.PointsTransferred;
import io.oneshelf.member.CustomersMergeUndone;
import io.oneshelf.member.CustomersMerged;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points follow customer merges (decision 0042): a merge moves the merged customer's whole balance to the survivor as
 * a transfer pair (MERGE_OUT from one, MERGE_IN to the other, keyed by the merge); an undo gives back what the merge
 * moved, as much as the survivor still has, as a pair the other way, and records the rest as the shortfall. Both
 * accounts are locked (in id order, so two transfers never wait on each other), and each pair is applied once.
 */
@Component
class PointsTransfers {

    static final String UNDO = ":undo";

    private final PointsLedger ledger;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PointsTransfers(PointsLedger ledger, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        UUID brand = merged.brandId();
        long[] balances = lockBoth(brand, merged.mergedId(), merged.survivorId());
        String key = merged.mergeId().toString();
        long points = balances[0];
        if (points == 0 || ledger.applied(brand, "MERGE_OUT", key) || ledger.applied(brand, "MERGE_OUT", key + UNDO)) {
            return;
        }
        move(brand, merged.mergedId(), merged.survivorId(), balances, points, points, key, merged.mergeId());
        events.publishEvent(new PointsTransferred(brand, merged.mergeId(), merged.mergedId(), merged.survivorId(),
                points, 0, false));
    }

    @ApplicationModuleListener
    void on(CustomersMergeUndone undone) {
        UUID brand = undone.brandId();
        long[] balances = lockBoth(brand, undone.survivorId(), undone.mergedId());
        String key = undone.mergeId() + UNDO;
        long moved = ledger.points(brand, "MERGE_IN", undone.mergeId().toString()).orElse(0L);
        if (moved == 0 || ledger.applied(brand, "MERGE_OUT", key)) {
            return;
        }
        long back = Math.min(moved, balances[0]);
        move(brand, undone.survivorId(), undone.mergedId(), balances, back, moved, key, undone.mergeId());
        if (back < moved) {
            jdbc.sql("""
                    insert into loyalty_merge_shortfall(tenant_id, merge_id, kind, points, at)
                    values (:tenant, :merge, 'POINTS', :points, now()) on conflict do nothing""")
                    .param("tenant", brand).param("merge", undone.mergeId()).param("points", moved - back).update();
        }
        events.publishEvent(new PointsTransferred(brand, undone.mergeId(), undone.survivorId(), undone.mergedId(),
                back, moved - back, true));
    }

    /** Locks both accounts in id order; their balances, {@code from}'s first. */
    private long[] lockBoth(UUID brand, UUID from, UUID to) {
        if (from.compareTo(to) < 0) {
            long f = ledger.lock(brand, from);
            return new long[] {f, ledger.lock(brand, to)};
        }
        long t = ledger.lock(brand, to);
        return new long[] {ledger.lock(brand, from), t};
    }

    /** The pair: {@code points} out of {@code from}, into {@code to}; {@code owed} what the move was to carry. */
    private void move(UUID brand, UUID from, UUID to, long[] balances, long points, long owed, String key,
                      UUID mergeId) {
        String reference = "merge:" + mergeId;
        ledger.append(new PointsLedger.Move(brand, from, "MERGE_OUT", -points, owed, null, null, reference, key),
                balances[0]);
        ledger.append(new PointsLedger.Move(brand, to, "MERGE_IN", points, owed, null, null, reference, key),
                balances[1]);
    }
}
