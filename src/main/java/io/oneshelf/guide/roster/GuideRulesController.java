package io.oneshelf.guide.roster;

import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The brand's guide rules: how customers are bound to guides and what a guide earns. */
@RestController
@RequestMapping("/api/v1/guide-rules")
@Tag(name = "Guides")
class GuideRulesController {

    private final GuideRuleStore rules;

    GuideRulesController(GuideRuleStore rules) {
        this.rules = rules;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EditGuideRules")
    record EditRules(@NotNull GuideRules.BindingRule bindingRule, @NotNull @Min(0) @Max(5000) Integer commissionBp,
                     @NotNull @Min(0) Integer version) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "getGuideRules", summary = "Your brand's guide rules (first binding wins and no "
            + "commission, version 0, until first set)")
    GuideRules get() {
        return rules.of(Actor.current().tenantId());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('guide:manage')")
    @Operation(operationId = "setGuideRules", summary = "Set the binding rule and the commission rate (brand-wide "
            + "only; send the version you read, 409 stale-version otherwise). Orders paid from now on earn at the new "
            + "rate")
    GuideRules set(@Valid @RequestBody EditRules body) {
        return rules.set(Actor.current(), body.bindingRule(), body.commissionBp(), body.version());
    }
}
