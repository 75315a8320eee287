package io.oneshelf.loyalty.tier;

import io.oneshelf.member.Customers;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The brand's member tiers (rules and benefits) and where one customer stands. */
@RestController
@Tag(name = "Loyalty")
class TierController {

    private final TierRuleStore rules;
    private final TierDesk desk;
    private final Customers customers;
    private final AuditLog audit;

    TierController(TierRuleStore rules, TierDesk desk, Customers customers, AuditLog audit) {
        this.rules = rules;
        this.desk = desk;
        this.customers = customers;
        this.audit = audit;
    }

    @GetMapping("/api/v1/loyalty/tier-rules")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getTierRules", summary = "The brand's member tiers in rising order of the growth that "
            + "reaches them, with their benefits, and the window growth counts over (no tiers until first saved)")
    TierRules get() {
        return rules.of(Actor.current().tenantId());
    }

    @PutMapping("/api/v1/loyalty/tier-rules")
    @PreAuthorize("hasAuthority('order:settings')")
    @Operation(operationId = "saveTierRules", summary = "Save the brand's member tiers (codes as the price book's tier "
            + "rows name them, thresholds rising); 409 stale-version if someone saved since you read them. Customers "
            + "move up with their next paid order and down at their next review")
    @Transactional
    TierRules save(@Valid @RequestBody TierRequests.EditTierRules body) {
        Actor actor = Actor.current();
        TierRules before = rules.of(actor.tenantId());
        TierRules after = rules.save(actor.tenantId(), body.toRules());
        audit.record(actor, "loyalty.tier-rules.save", "loyalty_tier_rules", actor.tenantId(), before, after);
        return after;
    }

    @GetMapping("/api/v1/customers/{id}/tier")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getCustomerTier", summary = "A customer's member tier, their growth over the window and "
            + "what the next tier needs")
    TierDesk.Standing standing(@PathVariable UUID id) {
        UUID brand = Actor.current().tenantId();
        customers.find(brand, id).orElseThrow(() -> Rejection.notFound("customer"));
        return desk.standing(brand, id);
    }
}
