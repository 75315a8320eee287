package io.oneshelf.pos.till;

import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.web.Page;
import io.oneshelf.platform.web.Texts;
import io.oneshelf.pos.till.ShiftViews.ShiftReport;
import io.oneshelf.pos.till.ShiftViews.ShiftView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shifts: opened on a till with a float, closed with the cash counted; their reports. */
@RestController
@RequestMapping("/api/v1/pos")
@Tag(name = "POS")
class ShiftController {

    private final ShiftDesk desk;
    private final Shifts shifts;
    private final ShiftReports reports;
    private final Places places;
    private final TillAccess access;
    private final ShiftPdf pdf;
    private final Brands brands;
    private final Texts texts;

    ShiftController(ShiftDesk desk, Shifts shifts, ShiftReports reports, Places places, TillAccess access,
                    ShiftPdf pdf, Brands brands, Texts texts) {
        this.desk = desk;
        this.shifts = shifts;
        this.reports = reports;
        this.places = places;
        this.access = access;
        this.pdf = pdf;
        this.brands = brands;
        this.texts = texts;
    }

    @GetMapping("/tills/{id}/shift")
    @PreAuthorize("hasAuthority('pos:sell') or hasAuthority('pos:manage')")
    @Operation(operationId = "getOpenShift", summary = "The shift open on a till (404 pos.shift.none if none)")
    ShiftView open(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return reports.view(actor, desk.openOn(actor, id));
    }

    @PostMapping("/tills/{id}/shifts")
    @PreAuthorize("hasAuthority('pos:sell')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "openShift", summary = "Open a shift on a till with a cash float (409 if one is open)")
    ResponseEntity<ShiftView> openShift(@PathVariable UUID id, @Valid @RequestBody PosRequests.OpenShift body) {
        Actor actor = Actor.current();
        Shift shift = desk.open(actor, id, body.floatFen());
        return ResponseEntity.created(URI.create("/api/v1/pos/shifts/" + shift.id())).body(reports.view(actor, shift));
    }

    @PostMapping("/shifts/{id}/close")
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "closeShift", summary = "Close a shift with the cash counted by denomination: its "
            + "report with the expected cash and the over/short (409 if closed already)")
    ShiftReport close(@PathVariable UUID id, @Valid @RequestBody PosRequests.CloseShift body) {
        Actor actor = Actor.current();
        Shift closed = desk.close(actor, id, body.counted().stream()
                .map(c -> new Shift.Count(c.denominationFen(), c.count())).toList(), body.note());
        return reports.report(actor, closed);
    }

    @GetMapping("/shifts")
    @PreAuthorize("hasAuthority('pos:sell') or hasAuthority('pos:manage')")
    @Operation(operationId = "listShifts", summary = "Shifts newest first: every shift of your scope's stores with "
            + "pos:manage, else your own")
    Page<ShiftView> list(@RequestParam(required = false) UUID storeId, @RequestParam(required = false) UUID tillId,
                         @RequestParam(required = false) Shift.Status status,
                         @RequestParam(required = false) String cursor,
                         @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID[] stores = places.visibleTo(actor).stream().map(p -> p.id())
                .filter(p -> storeId == null || p.equals(storeId)).toArray(UUID[]::new);
        UUID staff = actor.can(Permission.POS_MANAGE) ? null : actor.id();
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(shifts.list(actor.tenantId(), stores, tillId, status, staff, before, size + 1), size,
                Shift::id).map(s -> reports.view(actor, s));
    }

    @GetMapping("/shifts/{id}")
    @PreAuthorize("hasAuthority('pos:sell') or hasAuthority('pos:manage')")
    @Operation(operationId = "getShift", summary = "A shift's report: sales, returns, tender totals, expected and "
            + "counted cash, over/short")
    ShiftReport get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return reports.report(actor, desk.visible(actor, id));
    }

    // no "produces": a refusal must still be answered as problem+json to a caller that accepts only PDF
    @GetMapping("/shifts/{id}/report.pdf")
    @PreAuthorize("hasAuthority('pos:sell') or hasAuthority('pos:manage')")
    @Operation(operationId = "getShiftReportPdf", summary = "A shift's report as a PDF, to print or keep")
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Actor actor = Actor.current();
        ShiftReport report = reports.report(actor, desk.visible(actor, id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=shift-" + id + ".pdf")
                .body(pdf.render(report, brands.zoneOf(actor.tenantId()), texts.currentLanguage()));
    }

    @GetMapping("/z-report")
    @PreAuthorize("hasAuthority('pos:manage')")
    @Operation(operationId = "getZReport", summary = "A store's day (Z-report): the shifts opened that day in the "
            + "brand's time zone and their money together")
    ShiftViews.ZReport zReport(@RequestParam UUID storeId, @RequestParam LocalDate date) {
        Actor actor = Actor.current();
        PlaceRef store = access.store(actor, storeId, "storeId");
        ZoneId zone = brands.zoneOf(actor.tenantId());
        List<Shift> day = shifts.openedBetween(actor.tenantId(), store.id(),
                date.atStartOfDay(zone).toOffsetDateTime(), date.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        ShiftReports.Sums sums = reports.sums(day.stream().map(Shift::id).toList());
        long overShort = day.stream().map(Shift::overShortFen).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).sum();
        return new ShiftViews.ZReport(store.id(), store.name(), date, day.stream().map(s -> reports.view(actor, s))
                .toList(), sums.salesCount(), sums.returnsCount(), sums.salesFen(), sums.refundsFen(), sums.tenders(),
                overShort);
    }
}
