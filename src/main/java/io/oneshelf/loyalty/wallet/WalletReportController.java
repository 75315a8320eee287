package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.Period;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finance's view of stored value: the ledger check, the liability per owner and the clearing between owners. */
@RestController
@RequestMapping("/api/v1/wallets")
@Tag(name = "Wallets")
class WalletReportController {

    private final WalletCheck check;
    private final WalletReports reports;
    private final Brands brands;

    WalletReportController(WalletCheck check, WalletReports reports, Brands brands) {
        this.check = check;
        this.reports = reports;
        this.brands = brands;
    }

    @GetMapping("/check")
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "checkWallets", summary = "Wallets of the brand (or one customer's) whose balances are "
            + "not the sums of their ledger entries and owners' buckets, and top-ups credited other than once (none "
            + "when all is well)")
    WalletCheck.Reconciliation check(@RequestParam(required = false) UUID customerId) {
        return check.check(Actor.current().tenantId(), customerId);
    }

    @GetMapping("/liability")
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "getWalletLiability", summary = "What the wallets hold now, principal and bonus, per "
            + "owner of the value (the brand, each franchisee) within your scope")
    WalletReports.Liability liability() {
        return reports.liability(Actor.current());
    }

    @GetMapping("/clearing")
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "getWalletClearing", summary = "Over business days from–to (default: this month), per "
            + "pair of owners, the value one owner sold that was spent at the other's places (online: the brand's), "
            + "net of refunds: the value's owner owes the place's owner")
    WalletReports.Clearing clearing(@Parameter(description = "First business day (default: the 1st of the month)")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate from,
                                    @Parameter(description = "Last business day, included (default: today)")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate to) {
        Actor actor = Actor.current();
        return reports.clearing(actor, Period.of(from, to, brands.zoneOf(actor.tenantId())));
    }
}
