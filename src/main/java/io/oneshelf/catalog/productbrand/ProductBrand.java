package io.oneshelf.catalog.productbrand;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A brand of goods the chain sells (its own label or a supplier's), not the chain itself. */
record ProductBrand(UUID id, @JsonIgnore UUID tenantId, String code, String name, int version,
                    OffsetDateTime createdAt) {

    ProductBrand rename(String newName) {
        return new ProductBrand(id, tenantId, code, newName, version, createdAt);
    }
}
