package io.oneshelf.inventory.reservation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of reservation requests. */
final class ReservationRequests {

    private ReservationRequests() {
    }

    /** {@code reference} identifies the sale (e.g. an order number): the same reference gives the same hold. */
    record Reserve(@NotBlank @Size(max = 100) String reference,
                   @NotNull @Min(1) @Max(7 * 24 * 3600) Integer expiresInSeconds,
                   @NotEmpty @Size(max = 100) List<@Valid @NotNull ReserveLine> lines) {
    }

    record ReserveLine(@NotNull UUID skuId, @NotNull UUID locationId, @NotNull @Min(1) @Max(1_000_000) Long quantity) {
    }

    record Settle() {
    }
}
