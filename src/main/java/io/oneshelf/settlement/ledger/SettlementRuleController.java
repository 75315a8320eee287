package io.oneshelf.settlement.ledger;

import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The brand's settlement rule: what share of a line's paid amount the stock's owner is owed. */
@RestController
@RequestMapping("/api/v1/settlement-rules")
@Tag(name = "Franchise settlement")
class SettlementRuleController {

    private final SettlementRules rules;

    SettlementRuleController(SettlementRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settlement:read')")
    @Operation(operationId = "getSettlementRule", summary = "Your brand's settlement rule",
            description = "A brand that never set one settles at 100 % (version 0): the stock's owner is owed the "
                          + "line's whole paid amount.")
    SettlementRule get() {
        return rules.of(Actor.current().tenantId());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('settlement:settings')")
    @Operation(operationId = "setSettlementRule",
            summary = "Set the settlement rate (brand-wide HQ admin; send the version you read)",
            description = "ratePercent, 1 to 100: when one owner's stock fulfils another owner's order, the seller "
                          + "owes the stock's owner this percentage of each line's paid amount and keeps the rest. "
                          + "Lines settled from now on use it; a settled line keeps its rate for its returns.")
    SettlementRule set(@Valid @RequestBody SettlementViews.EditRule body) {
        return rules.set(Actor.current(), body.ratePercent(), body.version());
    }
}
