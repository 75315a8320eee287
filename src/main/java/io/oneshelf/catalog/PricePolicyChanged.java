package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * The brand's rule on store prices (同價) changed.
 *
 * @param storeOverride FORBIDDEN (one price everywhere) or WITHIN_BAND (a store may differ by up to
 *                      {@code bandPercent} per cent from the list price)
 */
@EventType("catalog.price-policy.changed")
public record PricePolicyChanged(UUID brandId, String storeOverride, int bandPercent, int version)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return brandId;
    }
}
