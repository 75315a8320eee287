package io.oneshelf.pos.snapshot;

import java.util.UUID;

/**
 * The brand's limits on selling offline, which a till stops at (the POS settings). The settings are the POS
 * module's own ({@code pos.till.PosSettingsStore}).
 */
public interface OfflineLimits {

    /** At most {@code maxOfflineHours} since the last sync, and {@code maxOfflineAmountFen} sold in between. */
    record Limits(int maxOfflineHours, long maxOfflineAmountFen) {
    }

    Limits limits(UUID brandId);
}
