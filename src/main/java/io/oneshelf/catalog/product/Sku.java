package io.oneshelf.catalog.product;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A sellable variant of a product: one value of each spec attribute, with its own code and barcodes. */
record Sku(UUID id, String code, String name, Map<String, String> specs, SkuStatus status, List<String> barcodes) {

    enum SkuStatus { ACTIVE, DISCONTINUED }

    boolean active() {
        return status == SkuStatus.ACTIVE;
    }

    Sku withStatus(SkuStatus next) {
        return new Sku(id, code, name, specs, next, barcodes);
    }
}
