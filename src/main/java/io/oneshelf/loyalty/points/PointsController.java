package io.oneshelf.loyalty.points;

import io.oneshelf.catalog.Shelf;
import io.oneshelf.member.Customers;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The brand's points rules, a customer's points and history, and the reconcile check of the points ledger. */
@RestController
@Tag(name = "Loyalty")
class PointsController {

    private final PointsRuleStore rules;
    private final PointsLedger ledger;
    private final PointsCheck check;
    private final Customers customers;
    private final Shelf shelf;
    private final AuditLog audit;

    PointsController(PointsRuleStore rules, PointsLedger ledger, PointsCheck check, Customers customers, Shelf shelf,
                     AuditLog audit) {
        this.rules = rules;
        this.ledger = ledger;
        this.check = check;
        this.customers = customers;
        this.shelf = shelf;
        this.audit = audit;
    }

    @GetMapping("/api/v1/loyalty/points-rules")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getPointsRules", summary = "The brand's points rules (defaults until first saved): "
            + "points per yuan paid, per category rates, the redemption rate and cap, months until points expire")
    PointsRules get() {
        return rules.of(Actor.current().tenantId());
    }

    @PutMapping("/api/v1/loyalty/points-rules")
    @PreAuthorize("hasAuthority('order:settings')")
    @Operation(operationId = "savePointsRules", summary = "Save the brand's points rules (categories must be the "
            + "brand's); 409 stale-version if someone saved since you read them. Points earned before keep their "
            + "amounts")
    @Transactional
    PointsRules save(@Valid @RequestBody PointsRequests.EditPointsRules body) {
        Actor actor = Actor.current();
        PointsRules before = rules.of(actor.tenantId());
        Set<UUID> categories = shelf.categories(actor.tenantId()).stream().map(Shelf.ShelfCategory::id)
                .collect(Collectors.toSet());
        PointsRules after = rules.save(actor.tenantId(), body.toRules(), categories);
        audit.record(actor, "loyalty.points-rules.save", "points_rules", actor.tenantId(), before, after);
        return after;
    }

    @GetMapping("/api/v1/customers/{id}/points")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getCustomerPoints", summary = "A customer's points balance, its worth in fen, and their "
            + "points history newest first, a page at a time")
    PointsViews.Points points(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        UUID brand = Actor.current().tenantId();
        customers.find(brand, id).orElseThrow(() -> Rejection.notFound("customer"));
        return of(rules, ledger, brand, id, cursor, limit);
    }

    @GetMapping("/api/v1/loyalty/points-check")
    @PreAuthorize("hasAuthority('payment:read')")
    @Operation(operationId = "checkPoints", summary = "Reconcile the points ledger with the balances, for one "
            + "customer or the whole brand, in one snapshot; differences is empty when all is well")
    PointsCheck.Reconciliation check(@RequestParam(required = false) UUID customerId) {
        Actor actor = Actor.current();
        if (!actor.brandWide() && customerId == null) {
            throw Rejection.invalid("customerId", "loyalty.points.check-scope");
        }
        return check.check(actor.tenantId(), customerId);
    }

    static PointsViews.Points of(PointsRuleStore rules, PointsLedger ledger, UUID brand, UUID customer, String cursor,
                                 Integer limit) {
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        Page<PointsViews.Entry> page = Page.of(ledger.entries(brand, customer, before, size + 1), size,
                PointsEntry::id).map(PointsViews.Entry::of);
        long balance = ledger.balance(brand, customer);
        PointsRules r = rules.of(brand);
        return new PointsViews.Points(customer, balance, balance * 100 / r.redeemPerYuan(), r.redeemPerYuan(), page);
    }
}
