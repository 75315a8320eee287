package io.oneshelf.inventory.transfer;

import io.oneshelf.inventory.SkuLines;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of transfer requests. */
final class TransferRequests {

    static final long MAX_QUANTITY = SkuLines.MAX_QUANTITY;

    private TransferRequests() {
    }

    /** {@code reference} is the brand's own number for the transfer; one is made up when absent. */
    record Request(@NotNull UUID fromPlaceId, @NotNull UUID toPlaceId, @Size(max = 100) String reference,
                   @Size(max = 500) String notes,
                   @NotEmpty @Size(max = 200) List<@Valid @NotNull RequestLine> lines) {
    }

    record RequestLine(@NotNull UUID skuId, @NotNull @Min(1) @Max(MAX_QUANTITY) Long quantity) {
    }

    /** What leaves the source (ship) or arrives at the destination (receive), per SKU of the transfer. */
    record Count(@NotEmpty @Size(max = 200) List<@Valid @NotNull CountLine> lines) {
    }

    record CountLine(@NotNull UUID skuId, @NotNull @Min(0) @Max(MAX_QUANTITY) Long quantity) {
    }

    record Cancel() {
    }
}
