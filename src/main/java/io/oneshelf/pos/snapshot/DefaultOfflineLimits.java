package io.oneshelf.pos.snapshot;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the POS settings while they live on another branch: every brand has the defaults. REPLACED at
 * the merge (delete this class; the settings store implements {@link OfflineLimits}).
 */
@Component
class DefaultOfflineLimits implements OfflineLimits {

    @Override
    public Limits of(UUID brandId) {
        return Limits.DEFAULTS;
    }
}
