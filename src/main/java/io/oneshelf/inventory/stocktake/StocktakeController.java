package io.oneshelf.inventory.stocktake;

import io.oneshelf.inventory.stocktake.Stocktake.Count;
import io.oneshelf.inventory.stocktake.StocktakeRequests.Counts;
import io.oneshelf.inventory.stocktake.StocktakeRequests.Start;
import io.oneshelf.inventory.stocktake.StocktakeRequests.Transition;
import io.oneshelf.inventory.stocktake.StocktakeService.StartStocktake;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stocktakes (盘点): freeze a count sheet for a place, count, post the differences or cancel. */
@RestController
@RequestMapping("/api/v1/stock/stocktakes")
@Tag(name = "Stocktakes")
class StocktakeController {

    private final StocktakeService service;

    StocktakeController(StocktakeService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('stock:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "startStocktake",
            summary = "Start a stocktake at a place, freezing the book quantity of its SKUs (or of those given)")
    ResponseEntity<StocktakeView> start(@Valid @RequestBody Start request) {
        StocktakeView view = service.start(Actor.current(), new StartStocktake(request.placeId(), request.skuIds()));
        return ResponseEntity.created(URI.create("/api/v1/stock/stocktakes/" + view.id())).body(view);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listStocktakes", summary = "Stocktakes at the places within your scope, oldest first")
    Page<StocktakeView> list(@RequestParam(required = false) UUID placeId,
                             @RequestParam(required = false) StocktakeStatus status,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(service.list(Actor.current(), placeId, status, Page.after(cursor), size + 1), size,
                StocktakeView::id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getStocktake",
            summary = "One stocktake with its lines: book, counted and the difference posting would make now")
    StocktakeView get(@PathVariable UUID id) {
        return service.get(Actor.current(), id);
    }

    @PutMapping("/{id}/counts")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "recordStocktakeCounts",
            summary = "Record counted quantities of SKUs on the sheet (again and again while open)")
    StocktakeView count(@PathVariable UUID id, @Valid @RequestBody Counts request) {
        return service.count(Actor.current(), id, request.lines().stream()
                .map(l -> new Count(l.skuId(), l.countedQuantity())).toList());
    }

    @PostMapping("/{id}/post")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "postStocktake",
            summary = "Post the differences of the counted lines as STOCKTAKE movements; uncounted lines stay")
    StocktakeView post(@PathVariable UUID id, @RequestBody(required = false) Transition request) {
        return service.post(Actor.current(), id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "cancelStocktake", summary = "Cancel an open stocktake; stock stays as it is")
    StocktakeView cancel(@PathVariable UUID id, @RequestBody(required = false) Transition request) {
        return service.cancel(Actor.current(), id);
    }
}
