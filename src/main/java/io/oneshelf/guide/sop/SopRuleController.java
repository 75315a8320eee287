package io.oneshelf.guide.sop;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The brand's SOP playbook: its rules (brand-wide accounts write them) and a scan on demand. */
@RestController
@Tag(name = "SOP")
class SopRuleController {

    private final SopRules rules;
    private final SopScan scan;
    private final GuideAccess guides;

    SopRuleController(SopRules rules, SopScan scan, GuideAccess guides) {
        this.rules = rules;
        this.scan = scan;
        this.guides = guides;
    }

    @GetMapping("/api/v1/sop-rules")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listSopRules", summary = "The brand's SOP playbook rules, oldest first",
            description = "A small bounded list (a brand's playbook), answered as a bare JSON array.")
    List<SopRule> list() {
        return rules.all(Actor.current().tenantId());
    }

    @PostMapping("/api/v1/sop-rules")
    @PreAuthorize("hasAuthority('sop:manage')")
    @ApiResponse(responseCode = "201", description = "The rule", useReturnTypeSchema = true)
    @Operation(operationId = "createSopRule", summary = "Add a playbook rule: when it holds for a customer (days "
            + "after the first purchase, birthday within days, no purchase for days, wallet below threshold, a group "
            + "buy failed), a task for their guide or store pool (brand-wide accounts only)")
    ResponseEntity<SopRule> create(@Valid @RequestBody SopViews.RuleBody body) {
        Actor actor = checked(body);
        return ResponseEntity.status(201).body(rules.create(actor.tenantId(), body.terms()));
    }

    @PutMapping("/api/v1/sop-rules/{id}")
    @PreAuthorize("hasAuthority('sop:manage')")
    @Operation(operationId = "replaceSopRule", summary = "Change a playbook rule, or switch it off (enabled false), "
            + "at its version; the tasks it made stay")
    SopRule replace(@PathVariable UUID id, @Valid @RequestBody SopViews.RuleBody body) {
        Actor actor = checked(body);
        SopRule now = rules.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("sop-rule"));
        if (body.version() == null) {
            throw Rejection.invalid("version", "sop.rule.version");
        }
        return rules.replace(actor.tenantId(), now.id(), body.version(), body.terms());
    }

    @PostMapping("/api/v1/sop-rules/scan")
    @PreAuthorize("hasAuthority('sop:manage')")
    @Operation(operationId = "scanSopRules", summary = "Evaluate the dated rules now (the hourly scan): the tasks "
            + "made; running it again makes none for the same occurrences (brand-wide accounts only)")
    SopViews.ScanOutcome scan() {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("sop.brand-wide-only");
        }
        SopScan.Outcome o = scan.run(actor.tenantId());
        return new SopViews.ScanOutcome(o.ran(), o.created());
    }

    private Actor checked(SopViews.RuleBody body) {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("sop.brand-wide-only");
        }
        if (body.kind() == SopRule.Kind.WALLET_BELOW && body.threshold() == null) {
            throw Rejection.invalid("threshold", "sop.rule.threshold");
        }
        if (body.storeId() != null) {
            try {
                guides.visibleStore(actor, body.storeId());
            } catch (io.oneshelf.platform.NotFound e) {
                throw Rejection.invalid("storeId", "sop.rule.store");
            }
        }
        return actor;
    }
}
