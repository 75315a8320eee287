package io.oneshelf.pos.snapshot;

import java.util.UUID;

/**
 * The brand's limits on selling offline, which a till stops at (the POS settings). The settings are the POS
 * module's own; until they are merged in, {@link DefaultOfflineLimits} answers the defaults.
 */
public interface OfflineLimits {

    /** At most {@code maxOfflineHours} since the last sync, and {@code maxOfflineAmountFen} sold in between. */
    record Limits(int maxOfflineHours, long maxOfflineAmountFen) {

        public static final Limits DEFAULTS = new Limits(24, 5_000_000);
    }

    Limits of(UUID brandId);
}
