package io.oneshelf.catalog;

import java.util.Map;
import java.util.UUID;

/**
 * What other modules need to know of a variant.
 *
 * @param name        the SKU's own name, the product's name with its spec values ("珍珠奶茶 大杯 热")
 * @param active      false once the SKU is deactivated (停用): it is no longer sold, so nothing new may be sold or
 *                    held of it, while its stock, history and earlier holds stay as they are
 * @param productName the name of the product (SPU) the SKU belongs to
 * @param specs       the SKU's spec values by attribute name ("杯型" → "大杯"); empty for a product without specs
 */
public record SkuRef(UUID id, UUID spuId, String code, String name, boolean active, String productName,
                     Map<String, String> specs) {

    public SkuRef {
        specs = specs == null ? Map.of() : Map.copyOf(specs);
    }
}
