package io.oneshelf.loyalty.wallet;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A top-up plan of the brand (充值方案): pay {@code pay} fen, get {@code bonus} fen more. */
record WalletPlan(UUID id, String name,
                  @Schema(description = "What the customer pays (fen)", example = "50000") long pay,
                  @Schema(description = "What the plan adds (fen)", example = "5000") long bonus,
                  boolean active, int version) {
}
