package io.oneshelf.catalog.productbrand;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A brand of goods the chain sells (its own label or a supplier's), not the chain itself. */
record ProductBrand(UUID id, String code, String name, int version,
                    OffsetDateTime createdAt) {

    ProductBrand rename(String newName) {
        return new ProductBrand(id, code, newName, version, createdAt);
    }
}
