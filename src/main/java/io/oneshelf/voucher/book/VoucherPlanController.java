package io.oneshelf.voucher.book;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Which of the brand's SKUs sell as service vouchers, with how many uses and how long they are valid. */
@RestController
@RequestMapping("/api/v1/voucher-plans")
@Tag(name = "Service vouchers")
class VoucherPlanController {

    private final VoucherPlans plans;
    private final SkuCatalog skus;
    private final AuditLog audit;

    VoucherPlanController(VoucherPlans plans, SkuCatalog skus, AuditLog audit) {
        this.plans = plans;
        this.skus = skus;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "listVoucherPlans", summary = "The brand's SKUs that sell as service vouchers, by product "
            + "and SKU name, with their uses and days valid; ordered by SKU id, a page at a time")
    Page<VoucherViews.PlanView> list(@RequestParam(required = false) String cursor,
                                     @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        Page<VoucherPlan> page = Page.of(plans.page(actor.tenantId(), Page.after(cursor), size + 1), size,
                VoucherPlan::skuId);
        Map<UUID, SkuRef> named = skus.find(actor.tenantId(),
                page.items().stream().map(VoucherPlan::skuId).toList());
        return page.map(p -> VoucherViews.PlanView.of(p, named.get(p.skuId())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "getVoucherPlan", summary = "The voucher plan of SKU {id} (404 when it sells as no "
            + "voucher): read it for its version before a change")
    VoucherViews.PlanView get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        VoucherPlan plan = plans.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("voucher-plan"));
        return VoucherViews.PlanView.of(plan, skus.find(actor.tenantId(), Set.of(id)).get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "setVoucherPlan", summary = "Sell SKU {id} as a service voucher of so many uses, valid "
            + "so many days from payment (send version 0 the first time, then the version read); vouchers issued "
            + "before keep their uses and expiry")
    @Transactional
    VoucherPlan set(@PathVariable UUID id, @Valid @RequestBody VoucherViews.EditPlan body) {
        Actor actor = Actor.current();
        if (skus.find(actor.tenantId(), Set.of(id)).isEmpty()) {
            throw Rejection.notFound("sku");
        }
        VoucherPlan before = plans.find(actor.tenantId(), id).orElse(null);
        int current = before == null ? 0 : before.version();
        if (current != body.version() || !plans.save(actor.tenantId(), id, body.uses(), body.validDays(),
                body.version())) {
            throw Rejection.staleVersion();
        }
        VoucherPlan after = plans.find(actor.tenantId(), id).orElseThrow();
        audit.record(actor, "voucher-plan.set", "voucher_plan", id, before, after);
        return after;
    }
}
