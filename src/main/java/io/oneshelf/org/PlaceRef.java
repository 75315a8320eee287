package io.oneshelf.org;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A store or warehouse: a place that can hold stock. Whether a place shares its stock with online sales is not
 * the organisation's fact but the stock pool's (inventory's stock location).
 *
 * @param regionId     the region the place belongs to; null for a warehouse outside any region
 * @param franchiseeId the franchisee that runs the store; null when the brand itself runs the place (every
 *                     warehouse), see {@link #franchised()}
 * @param open         false once the store or warehouse is closed
 * @param latitude     where the place is (WGS-84 degrees), for nearby-store searches
 * @param longitude    where the place is (WGS-84 degrees)
 */
public record PlaceRef(UUID id, Kind kind, String code, String name, UUID regionId, UUID franchiseeId, boolean open,
                       BigDecimal latitude, BigDecimal longitude) {

    public enum Kind { STORE, WAREHOUSE }

    /** Whether a franchisee owns the place rather than the brand. */
    public boolean franchised() {
        return franchiseeId != null;
    }
}
