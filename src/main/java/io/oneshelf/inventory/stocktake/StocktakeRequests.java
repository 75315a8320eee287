package io.oneshelf.inventory.stocktake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of stocktake requests. */
final class StocktakeRequests {

    static final int MAX_LINES = 5_000;

    private StocktakeRequests() {
    }

    /** {@code skuIds}: the SKUs to count; without them, every SKU with a balance at the place. */
    record Start(@NotNull UUID placeId, @Size(min = 1, max = MAX_LINES) List<@NotNull UUID> skuIds) {
    }

    record Counts(@NotEmpty @Size(max = MAX_LINES) List<@Valid @NotNull CountLine> lines) {
    }

    record CountLine(@NotNull UUID skuId, @NotNull @Min(0) @Max(1_000_000_000) Long countedQuantity) {
    }

    record Transition() {
    }
}
