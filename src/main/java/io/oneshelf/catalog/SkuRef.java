package io.oneshelf.catalog;

import java.util.UUID;

/** What other modules need to know of a sellable variant. */
public record SkuRef(UUID id, UUID spuId, String code, String name) {
}
