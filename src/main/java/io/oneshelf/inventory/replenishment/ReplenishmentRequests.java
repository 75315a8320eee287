package io.oneshelf.inventory.replenishment;

import io.oneshelf.inventory.SkuLines;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of replenishment order requests. */
final class ReplenishmentRequests {

    static final long MAX_QUANTITY = SkuLines.MAX_QUANTITY;

    private ReplenishmentRequests() {
    }

    /** {@code warehouseId} proposes the supplying warehouse; HQ may choose another on approval. */
    record Submit(@NotNull UUID storeId, UUID warehouseId, @Size(max = 500) String note,
                  @NotEmpty @Size(max = 200) List<@Valid @NotNull SubmitLine> lines) {
    }

    record SubmitLine(@NotNull UUID skuId, @NotNull @Min(1) @Max(MAX_QUANTITY) Long quantity) {
    }

    /** Lines not named are approved as requested; a quantity of 0 drops the line. */
    record Approve(UUID warehouseId, @Size(max = 200) List<@Valid @NotNull ApproveLine> lines) {
    }

    record ApproveLine(@NotNull UUID skuId, @NotNull @Min(0) @Max(MAX_QUANTITY) Long quantity) {
    }

    record Reject(@NotBlank @Size(max = 500) String reason) {
    }

    record Cancel() {
    }
}
