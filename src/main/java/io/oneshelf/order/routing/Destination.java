package io.oneshelf.order.routing;

import java.math.BigDecimal;

/** Where a delivery goes: the customer address's WGS-84 coordinates in degrees. */
public record Destination(BigDecimal latitude, BigDecimal longitude) {

    /** Whether both coordinates are known. */
    public boolean located() {
        return latitude != null && longitude != null;
    }
}
