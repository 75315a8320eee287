package io.oneshelf.promotion.rule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One tier of a spend-X-save-Y: spend at least {@code threshold} fen, save {@code off} fen. */
@Schema(name = "PromotionTier")
public record Tier(@NotNull @Min(1) @Max(100_000_000) Long threshold, @NotNull @Min(1) @Max(100_000_000) Long off) {
}
