package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The brand's top-up plans (充值方案, pay 500 get 550): read by whoever tops up, written by the brand's admins. */
@RestController
@RequestMapping("/api/v1/wallet-plans")
@Tag(name = "Wallets")
class WalletPlanController {

    private final WalletPlans plans;
    private final AuditLog audit;

    WalletPlanController(WalletPlans plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "listWalletPlans", summary = "The brand's top-up plans, active or not, a page at a time")
    Page<WalletPlan> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(plans.page(Actor.current().tenantId(), false, Page.after(cursor), size + 1), size,
                WalletPlan::id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "getWalletPlan", summary = "One top-up plan, with the version to send with a change")
    WalletPlan get(@PathVariable UUID id) {
        return plans.find(Actor.current().tenantId(), id).orElseThrow(() -> Rejection.notFound("wallet-plan"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('wallet:settings')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createWalletPlan", summary = "A new top-up plan: pay so much, get so much more")
    @Transactional
    ResponseEntity<WalletPlan> create(@Valid @RequestBody PlanRequest body) {
        Actor actor = Actor.current();
        PlanRequest b = body.checked();
        WalletPlan plan = plans.create(actor.tenantId(), b.name().trim(), b.pay(), b.bonus(), b.isActive());
        audit.record(actor, "wallet-plan.create", "wallet_plan", plan.id(), null, plan);
        return ResponseEntity.created(URI.create("/api/v1/wallet-plans/" + plan.id())).body(plan);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('wallet:settings')")
    @Operation(operationId = "updateWalletPlan", summary = "Change a top-up plan (send the version read); top-ups "
            + "made before keep what they were given")
    @Transactional
    WalletPlan update(@PathVariable UUID id, @Valid @RequestBody PlanRequest body) {
        Actor actor = Actor.current();
        WalletPlan before = get(id);
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        PlanRequest b = body.checked();
        if (!plans.update(actor.tenantId(), id, b.name().trim(), b.pay(), b.bonus(), b.isActive(), b.version())) {
            throw Rejection.staleVersion();
        }
        WalletPlan after = plans.find(actor.tenantId(), id).orElseThrow();
        audit.record(actor, "wallet-plan.update", "wallet_plan", id, before, after);
        return after;
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('wallet:settings')")
    @ApiResponse(responseCode = "204", description = "Removed; no body")
    @Operation(operationId = "deleteWalletPlan", summary = "Remove a top-up plan; top-ups made with it keep its name "
            + "and amounts")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        Actor actor = Actor.current();
        WalletPlan before = get(id);
        plans.delete(actor.tenantId(), id);
        audit.record(actor, "wallet-plan.delete", "wallet_plan", id, before, null);
        return ResponseEntity.noContent().build();
    }
}
