package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.product.SkuMatrix.SkuInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The bodies of product requests. */
final class ProductRequests {

    private static final String CODE = "[A-Za-z0-9_-]{1,40}";
    private static final String CODE_MESSAGE = "{validation.code-40}";

    private ProductRequests() {
    }

    record CreateProduct(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull UUID categoryId,
            UUID brandId,
            @NotBlank @Size(max = 20) String unit,
            @Size(max = 2000) String description,
            @Size(max = 5) List<@Valid @NotNull SpecAttribute> specAttributes,
            @Size(max = SkuMatrix.MAX_VARIANTS) List<@Valid @NotNull NewSku> skus,
            Set<SalesChannel> channels) {

        ProductCommands.Create command() {
            return new ProductCommands.Create(code, name, categoryId, brandId, unit, description, specAttributes,
                    skus == null ? null : skus.stream().map(NewSku::input).toList(), channels);
        }
    }

    /** An explicit variant: its combination of spec values, optionally its code and barcodes. */
    record NewSku(@Pattern(regexp = CODE, message = CODE_MESSAGE) String code, Map<String, String> specs,
                  @Size(max = 10) List<@NotBlank String> barcodes) {

        SkuInput input() {
            return new SkuInput(code, specs, barcodes);
        }
    }

    record EditProduct(
            @NotBlank @Size(max = 100) String name,
            @NotNull UUID categoryId,
            UUID brandId,
            @NotBlank @Size(max = 20) String unit,
            @Size(max = 2000) String description,
            Set<SalesChannel> channels,
            @NotNull Integer version) {

        ProductCommands.Edit command() {
            return new ProductCommands.Edit(name, categoryId, brandId, unit, description, channels, version);
        }
    }

    record AddBarcode(@NotBlank String code) {
    }
}
