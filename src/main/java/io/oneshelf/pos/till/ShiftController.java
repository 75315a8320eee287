package io.oneshelf.pos.till;

import io.oneshelf.org.Places;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.web.Page;
import io.oneshelf.pos.till.ShiftViews.ShiftReport;
import io.oneshelf.pos.till.ShiftViews.ShiftView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
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

    ShiftController(ShiftDesk desk, Shifts shifts, ShiftReports reports, Places places) {
        this.desk = desk;
        this.shifts = shifts;
        this.reports = reports;
        this.places = places;
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
}
