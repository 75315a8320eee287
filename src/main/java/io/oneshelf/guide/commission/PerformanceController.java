package io.oneshelf.guide.commission;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The guides of a store with their performance (the leaderboard), the guides' ledger and its reconcile check. */
@RestController
@Tag(name = "Guides")
class PerformanceController {

    private final Leaderboard board;
    private final CommissionLedger ledger;
    private final CommissionCheck check;
    private final GuideAccess guides;
    private final Brands brands;

    PerformanceController(Leaderboard board, CommissionLedger ledger, CommissionCheck check, GuideAccess guides,
                          Brands brands) {
        this.board = board;
        this.ledger = ledger;
        this.check = check;
        this.guides = guides;
        this.brands = brands;
    }

    @GetMapping("/api/v1/guides")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listGuides", summary = "The guides of a store in your scope, ranked by net sales in a "
            + "period (business days from–to inclusive, default this month): customers bound now, orders, sales, "
            + "refunds, customers served, commission earned and clawed back; and the store pool's customers")
    Leaderboard.Board list(@RequestParam UUID storeId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Actor actor = Actor.current();
        UUID store = guides.visibleStore(actor, storeId).id();
        return board.of(actor.tenantId(), store, Period.of(from, to, brands.zoneOf(actor.tenantId())));
    }

    @GetMapping("/api/v1/guide-commissions")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listGuideCommissions", summary = "The guides' sales ledger, newest first, a page at a "
            + "time: of one guide (a guide: their own), or of the guides of a store in your scope (or every store in "
            + "it), in a period (default this month). EARNED rows by paid orders, REVERSED rows (negative) by refunds")
    Page<CommissionEntry> entries(@RequestParam(required = false) UUID guideId,
                                  @RequestParam(required = false) UUID storeId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        UUID guide = guideId != null ? guides.visibleGuide(actor, guideId).id()
                : GuideAccess.ownOnly(actor) ? actor.id() : null;
        Set<UUID> stores = storeId != null ? Set.of(guides.visibleStore(actor, storeId).id())
                : guides.storesVisibleTo(actor);
        Period period = Period.of(from, to, brands.zoneOf(actor.tenantId()));
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(ledger.entries(actor.tenantId(), guide, stores, period.start(), period.end(), before,
                size + 1), size, CommissionEntry::id);
    }

    @GetMapping("/api/v1/guide-commissions/check")
    @PreAuthorize("hasAuthority('guide:manage')")
    @Operation(operationId = "checkGuideCommissions", summary = "Reconcile the guides' ledger with the orders and "
            + "their refunds (brand-wide, or for one guide in your scope); differences is empty when all is well")
    CommissionCheck.Reconciliation check(@RequestParam(required = false) UUID guideId) {
        Actor actor = Actor.current();
        if (guideId == null && !actor.brandWide()) {
            throw Rejection.invalid("guideId", "guide.check.scope");
        }
        UUID guide = guideId == null ? null : guides.visibleGuide(actor, guideId).id();
        return check.check(actor.tenantId(), guide);
    }
}
