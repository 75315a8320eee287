package io.oneshelf.catalog;

import java.util.UUID;

/**
 * What other modules need to know of a variant.
 *
 * @param active false once the SKU is deactivated (停用): it is no longer sold, so nothing new may be sold or held
 *               of it, while its stock, history and earlier holds stay as they are
 */
public record SkuRef(UUID id, UUID spuId, String code, String name, boolean active) {
}
