package io.oneshelf.distribution.commission;

import io.oneshelf.distribution.network.Distributor;
import io.oneshelf.distribution.network.DistributorStore;
import io.oneshelf.distribution.network.MemberNames;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The console's commission: rules, the ledger, withdrawals and their approval, the reconciliation. */
@RestController
@Tag(name = "Distribution")
class CommissionController {

    private final RuleStore rules;
    private final Ledger ledger;
    private final Payouts payouts;
    private final Withdrawals withdrawals;
    private final Check check;
    private final DistributorStore distributors;
    private final MemberNames people;

    CommissionController(RuleStore rules, Ledger ledger, Payouts payouts, Withdrawals withdrawals, Check check,
                         DistributorStore distributors, MemberNames people) {
        this.distributors = distributors;
        this.people = people;
        this.rules = rules;
        this.ledger = ledger;
        this.payouts = payouts;
        this.withdrawals = withdrawals;
        this.check = check;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "NewDistributionRule")
    record NewRule(@NotNull Rule.Scope scope, @NotNull UUID targetId, @Min(1) @Max(9) Integer level,
                   @NotNull @Min(0) @Max(5000) Integer firstBp, @NotNull @Min(0) @Max(5000) Integer secondBp) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DecideWithdrawal")
    record Decide(@NotNull Boolean approve, @Size(max = 200) String reason) {
    }

    @GetMapping("/api/v1/distribution/rules")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "listDistributionRules", summary = "The brand's commission rules (SKU and category)",
            description = "A bounded list (at most 1000 rules), answered as a bare JSON array.")
    List<Rule> rules() {
        return rules.all(Actor.current().tenantId());
    }

    @PostMapping("/api/v1/distribution/rules")
    @PreAuthorize("hasAuthority('distribution:manage')")
    @ApiResponse(responseCode = "201", description = "The rule", useReturnTypeSchema = true)
    @Operation(operationId = "addDistributionRule", summary = "Add a rule: the lines of a SKU or category (and the "
            + "categories below it) earn these rates, for one level or any; one per target and level (409 on "
            + "targetId). Orders paid from now on earn by it")
    ResponseEntity<Rule> add(@Valid @RequestBody NewRule b) {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw io.oneshelf.platform.Rejection.forbidden("distribution.brand-wide-only");
        }
        return ResponseEntity.status(201).body(rules.add(actor, b.scope(), b.targetId(), b.level(), b.firstBp(),
                b.secondBp()));
    }

    @DeleteMapping("/api/v1/distribution/rules/{id}")
    @PreAuthorize("hasAuthority('distribution:manage')")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "removeDistributionRule", summary = "Remove a rule; orders earned already keep what "
            + "they earned")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw io.oneshelf.platform.Rejection.forbidden("distribution.brand-wide-only");
        }
        rules.remove(actor, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/distribution/commissions")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "listDistributionCommissions", summary = "The commission ledger (of one distributor "
            + "if given), newest first, a page at a time")
    Page<Entry> commissions(@RequestParam(required = false) UUID distributorId,
                            @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(ledger.ofDistributor(Actor.current().tenantId(), distributorId, before, size + 1), size,
                Entry::id);
    }

    @GetMapping("/api/v1/distribution/withdrawals")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "listDistributionWithdrawals", summary = "Withdrawals, newest first, of one status "
            + "(REQUESTED, PAID, REJECTED, FAILED) if given, a page at a time, with the distributor's code and name")
    Page<WithdrawalListing> withdrawals(@RequestParam(required = false) WithdrawalStatus status,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        UUID brand = Actor.current().tenantId();
        return Page.of(payouts.list(brand, null, status == null ? null : status.name(), before, size + 1), size,
                Withdrawal::id).map(w -> listed(brand, w));
    }

    private WithdrawalListing listed(UUID brand, Withdrawal w) {
        Optional<Distributor> d = distributors.find(brand, w.distributorId());
        return WithdrawalListing.of(w, d.map(Distributor::code).orElse(null),
                d.map(x -> people.toStaff(brand, x.customerId())).orElse(null));
    }

    /** The statuses a withdrawal may have, for the list's filter. */
    enum WithdrawalStatus { REQUESTED, PAID, REJECTED, FAILED }

    @PostMapping("/api/v1/distribution/withdrawals/{id}/decision")
    @PreAuthorize("hasAuthority('distribution:manage')")
    @Operation(operationId = "decideDistributionWithdrawal", summary = "Approve a requested withdrawal (paid at once "
            + "to the distributor's WeChat balance by the gateway's transfer; FAILED and given back if the gateway "
            + "refuses the payee) or reject it (given back). A decided one is 409 on status. Answers it as listed")
    WithdrawalListing decide(@PathVariable UUID id, @Valid @RequestBody Decide b) {
        Actor actor = Actor.current();
        return listed(actor.tenantId(), withdrawals.decide(actor, id, b.approve(), b.reason()));
    }

    @GetMapping("/api/v1/distribution/check")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "checkDistributionLedgers", summary = "Reconcile the commission ledger with the orders "
            + "and their refunds, and the payout ledger with the withdrawals: differences name the order (or "
            + "withdrawal), tier and what differs")
    Check.Reconciliation check() {
        return check.check(Actor.current().tenantId());
    }
}
