package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.product.SkuMatrix.SkuInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What callers ask of products and their variants, as domain values. Attributes are named as the API's bodies
 * name them, so that a rejection's fault names the caller's own field.
 */
final class ProductCommands {

    private ProductCommands() {
    }

    /** A new product, created as a draft with a SKU per combination of spec values (or per given SKU). */
    record Create(String code, String name, UUID categoryId, UUID brandId, String unit, String description,
                  List<SpecAttribute> specAttributes, List<SkuInput> skus, Set<SalesChannel> channels) {

        List<SpecAttribute> attributes() {
            return specAttributes == null ? List.of() : specAttributes;
        }

        List<SkuInput> skuInputs() {
            return skus == null ? List.of() : skus;
        }

        Product.Details details() {
            return new Product.Details(name, categoryId, brandId, unit, blankToNull(description),
                    channelSet(channels));
        }
    }

    /** New facts of a product that was read at {@code version}. */
    record Edit(String name, UUID categoryId, UUID brandId, String unit, String description,
                Set<SalesChannel> channels, int version) {

        Product.Details details() {
            return new Product.Details(name, categoryId, brandId, unit, blankToNull(description),
                    channelSet(channels));
        }
    }

    /** New values for existing spec attributes; every combination with a new value becomes a SKU. */
    record AddSpecValues(int version, List<SpecAttribute> specAttributes, List<SkuInput> skus, Long listPriceFen) {

        List<SkuInput> skuInputs() {
            return skus == null ? List.of() : skus;
        }
    }

    /** One SKU with a value for every spec attribute; a value the attribute lacks is added to it. */
    record AddSku(int version, Map<String, String> specs, String code, List<String> barcodes, Long listPriceFen) {

        SkuInput input() {
            return new SkuInput(code, specs, barcodes);
        }
    }

    static Set<SalesChannel> channelSet(Set<SalesChannel> channels) {
        return channels == null || channels.isEmpty() ? EnumSet.noneOf(SalesChannel.class) : EnumSet.copyOf(channels);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
