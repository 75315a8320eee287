package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A top-up plan as the brand admin writes it: pay {@code pay} fen (up to 100,000 yuan), get {@code bonus} fen more
 * (at most what is paid); {@code version} is the one read, for a change (ignored when creating).
 */
record PlanRequest(@NotBlank @Size(max = 60) @Schema(example = "充500送50") String name,
                   @NotNull @Min(1) @Max(MAX_PAY) @Schema(description = "fen", example = "50000") Long pay,
                   @NotNull @Min(0) @Max(MAX_PAY) @Schema(description = "fen", example = "5000") Long bonus,
                   @Schema(description = "Offered to customers; default true") Boolean active,
                   @Min(0) Integer version) {

    static final long MAX_PAY = 10_000_000;

    /** The checks the annotations cannot make. */
    PlanRequest checked() {
        if (bonus > pay) {
            throw Rejection.invalid("bonus", "loyalty.wallet.plan.bonus-over-pay");
        }
        return this;
    }

    boolean isActive() {
        return active == null || active;
    }
}
