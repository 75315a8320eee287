package io.oneshelf.settlement.ledger;

import io.oneshelf.platform.Period;
import io.oneshelf.org.Brands;
import io.oneshelf.org.Places;
import io.oneshelf.org.Scopes;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
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

/**
 * The franchise settlement ledger for HQ, finance and franchisees: its entries, the report per pair of owners over
 * a period, and the check that the ledger agrees with the orders. A brand-wide caller sees the whole brand, a
 * franchisee's account what it owes and is owed, a region's or store's account the entries of its places.
 */
@RestController
@RequestMapping("/api/v1/settlements")
@Tag(name = "Franchise settlement")
class SettlementController {

    private static final String FROM = "First business day, in the brand's time zone (default: the 1st of the "
            + "month of `to`)";
    private static final String TO = "Last business day, included (default: today); at most 366 days after `from`";

    private final SettlementLedger ledger;
    private final SettlementCheck check;
    private final Places places;
    private final Scopes scopes;
    private final Brands brands;

    SettlementController(SettlementLedger ledger, SettlementCheck check, Places places, Scopes scopes,
                         Brands brands) {
        this.ledger = ledger;
        this.check = check;
        this.places = places;
        this.scopes = scopes;
        this.brands = brands;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settlement:read')")
    @Operation(operationId = "listSettlementEntries",
            summary = "Settlement entries within your view recorded in the period, or all of one order's, oldest first")
    Page<SettlementViews.EntryView> list(@Parameter(description = FROM) @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @Parameter(description = TO) @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) UUID orderId,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        Period period = Period.of(from, to, brands.zoneOf(actor.tenantId()));
        Names names = new Names(actor.tenantId(), scopes, places);
        return Page.of(ledger.page(View.of(actor, places), period, orderId, Page.after(cursor), size + 1), size,
                SettlementEntry::id).map(e -> SettlementViews.EntryView.of(e, names));
    }

    @GetMapping("/report")
    @PreAuthorize("hasAuthority('settlement:read')")
    @Operation(operationId = "getSettlementReport",
            summary = "Who owes whom over the period: one row per pair of owners with what each owes the other and "
                      + "the net, within your view")
    SettlementViews.Report report(@Parameter(description = FROM) @RequestParam(required = false)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @Parameter(description = TO) @RequestParam(required = false)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Actor actor = Actor.current();
        Period period = Period.of(from, to, brands.zoneOf(actor.tenantId()));
        var directions = ledger.directions(View.of(actor, places), period);
        var pairs = SettlementReport.pairs(directions, new Names(actor.tenantId(), scopes, places));
        return new SettlementViews.Report(period.from(), period.to(), period.zone().getId(), pairs,
                directions.stream().mapToLong(SettlementLedger.Direction::entries).sum());
    }

    @GetMapping("/check")
    @PreAuthorize("hasAuthority('settlement:read')")
    @Operation(operationId = "checkSettlements",
            summary = "Lines whose settlement entries disagree with what their order owes now (none when all is "
                      + "well): of the orders with entries in the period, or of one order")
    SettlementViews.Reconciliation check(@Parameter(description = FROM) @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @Parameter(description = TO) @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) UUID orderId) {
        Actor actor = Actor.current();
        Period period = Period.of(from, to, brands.zoneOf(actor.tenantId()));
        return check.check(View.of(actor, places), period, orderId);
    }
}
