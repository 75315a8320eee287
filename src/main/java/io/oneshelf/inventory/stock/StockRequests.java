package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.SkuLines;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies of stock requests. */
final class StockRequests {

    static final long MAX_QUANTITY = SkuLines.MAX_QUANTITY;

    private StockRequests() {
    }

    record Receipt(@NotNull UUID skuId, @NotNull UUID locationId,
                   @NotNull @Min(1) @Max(MAX_QUANTITY) Long quantity,
                   @Size(max = 100) String reference) {
    }

    /** A signed change of on-hand stock found by counting, breakage, loss …; {@code reason} says which. */
    record Adjustment(@NotNull UUID skuId, @NotNull UUID locationId,
                      @NotNull @Min(-MAX_QUANTITY) @Max(MAX_QUANTITY) Long quantity,
                      @NotBlank @Size(max = 200) String reason,
                      UUID correctsId) {
    }
}
