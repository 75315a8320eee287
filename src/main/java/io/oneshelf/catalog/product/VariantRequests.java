package io.oneshelf.catalog.product;

import io.oneshelf.catalog.product.ProductRequests.NewSku;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** The bodies of requests that give an existing product more variants. */
final class VariantRequests {

    private VariantRequests() {
    }

    /**
     * New values for existing spec attributes (e.g. 颜色: 绿); every combination with a new value becomes a SKU.
     * {@code skus} may give some of them a code and barcodes; {@code listPriceFen} prices every new SKU and is
     * required while the product is on shelf.
     */
    record AddSpecValues(@NotNull Integer version,
                         @NotEmpty @Size(max = 5) List<@Valid @NotNull SpecAttribute> specAttributes,
                         @Size(max = SkuMatrix.MAX_VARIANTS) List<@Valid @NotNull NewSku> skus,
                         @PositiveOrZero Long listPriceFen) {

        ProductCommands.AddSpecValues command() {
            return new ProductCommands.AddSpecValues(version, specAttributes,
                    skus == null ? null : skus.stream().map(NewSku::input).toList(), listPriceFen);
        }
    }

    /** One SKU with a value for every spec attribute; a value the attribute lacks is added to it. */
    record AddSku(@NotNull Integer version,
                  @NotNull Map<@NotBlank @Size(max = 30) String, @NotBlank @Size(max = 30) String> specs,
                  @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{validation.code-40}") String code,
                  @Size(max = 10) List<@NotBlank String> barcodes,
                  @PositiveOrZero Long listPriceFen) {

        ProductCommands.AddSku command() {
            return new ProductCommands.AddSku(version, specs, code, barcodes, listPriceFen);
        }
    }
}
