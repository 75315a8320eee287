package io.oneshelf.settlement.ledger;

import io.swagger.v3.oas.annotations.media.Schema;

/** A brand's settlement rule. A brand that never set one has {@link #DEFAULTS} at version 0. */
record SettlementRule(
        @Schema(description = "The stock's owner is owed this percentage of each line's paid amount, 1 to 100; "
                + "the seller keeps the rest", example = "100", requiredMode = Schema.RequiredMode.REQUIRED)
        int ratePercent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int version) {

    static final SettlementRule DEFAULTS = new SettlementRule(100, 0);
}
