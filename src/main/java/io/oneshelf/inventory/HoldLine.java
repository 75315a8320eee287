package io.oneshelf.inventory;

import java.util.UUID;

/** So many of one SKU held, sold or returned at one store or warehouse. */
public record HoldLine(UUID skuId, UUID locationId, long quantity) {

    public HoldLine {
        if (skuId == null || locationId == null || quantity < 1) {
            throw new IllegalArgumentException("a line names a SKU and a location and a quantity of at least 1");
        }
    }
}
