package io.oneshelf.loyalty.tier;

import io.oneshelf.member.CustomersMergeUndone;
import io.oneshelf.member.CustomersMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Growth follows customer merges: the survivor's tier is recomputed on a merge and on its undo (decision 0042). */
@Component
class TierMerges {

    private final TierDesk desk;

    TierMerges(TierDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        desk.followMerge(merged.brandId(), merged.mergeId(), merged.survivorId(), merged.mergedId());
    }

    @ApplicationModuleListener
    void on(CustomersMergeUndone undone) {
        desk.followUndo(undone.brandId(), undone.mergeId(), undone.survivorId(), undone.mergedId());
    }
}
