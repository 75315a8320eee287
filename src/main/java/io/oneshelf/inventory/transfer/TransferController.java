package io.oneshelf.inventory.transfer;

import io.oneshelf.inventory.SkuLines;
import io.oneshelf.inventory.transfer.Transfer.Quantity;
import io.oneshelf.inventory.transfer.TransferRequests.Cancel;
import io.oneshelf.inventory.transfer.TransferRequests.Count;
import io.oneshelf.inventory.transfer.TransferRequests.Request;
import io.oneshelf.inventory.transfer.TransferService.NewTransfer;
import io.oneshelf.inventory.transfer.TransferService.TransferPlace;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Transfers of stock between two places: request, ship, receive (with discrepancies), cancel; stock in transit. */
@RestController
@Tag(name = "Transfers")
class TransferController {

    private static final String TRANSFERS = "/api/v1/stock/transfers";

    private final TransferService service;

    TransferController(TransferService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/stock/transfer-places")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listTransferPlaces",
            summary = "Places a transfer may name: those in your scope and every open warehouse of the brand",
            description = "A small bounded list (the brand's stores and warehouses), answered as a bare JSON array "
                    + "without paging: an exception to the {items, nextCursor} rule.")
    List<TransferPlace> transferPlaces() {
        return service.places(Actor.current());
    }

    @PostMapping(TRANSFERS)
    @PreAuthorize("hasAuthority('stock:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "requestTransfer",
            summary = "Request stock from one place for another; you must reach the source or the destination")
    ResponseEntity<TransferView> request(@Valid @RequestBody Request request) {
        TransferView t = service.request(Actor.current(), new NewTransfer(request.fromPlaceId(),
                request.toPlaceId(), request.reference(), request.notes(), request.lines().stream()
                        .map(l -> new SkuLines.Line(l.skuId(), l.quantity())).toList()));
        return ResponseEntity.created(URI.create(TRANSFERS + "/" + t.id())).body(t);
    }

    @GetMapping(TRANSFERS)
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listTransfers",
            summary = "Transfers from or to the places within your scope, oldest first")
    Page<TransferView> list(@RequestParam(required = false) TransferStatus status,
                        @RequestParam(required = false) UUID placeId,
                        @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(service.list(Actor.current(), status, placeId, Page.after(cursor), size + 1), size,
                TransferView::id);
    }

    @GetMapping(TRANSFERS + "/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getTransfer",
            summary = "One transfer, with what was requested, shipped, received and any discrepancy")
    TransferView get(@PathVariable UUID id) {
        return service.get(Actor.current(), id);
    }

    @PostMapping(TRANSFERS + "/{id}/ship")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "shipTransfer",
            summary = "Ship from the source: on hand leaves it and is in transit (409 out-of-stock if short)")
    TransferView ship(@PathVariable UUID id, @Valid @RequestBody Count request) {
        return service.ship(Actor.current(), id, quantities(request));
    }

    @PostMapping(TRANSFERS + "/{id}/receive")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "receiveTransfer",
            summary = "Receive at the destination what arrived; differences are recorded as discrepancies")
    TransferView receive(@PathVariable UUID id, @Valid @RequestBody Count request) {
        return service.receive(Actor.current(), id, quantities(request));
    }

    @PostMapping(TRANSFERS + "/{id}/cancel")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "cancelTransfer", summary = "Cancel a transfer that has not been shipped")
    TransferView cancel(@PathVariable UUID id, @RequestBody(required = false) Cancel request) {
        return service.cancel(Actor.current(), id);
    }

    @GetMapping("/api/v1/stock/in-transit")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getInTransit",
            summary = "Stock shipped and not yet received, of transfers from or to places within your scope")
    InTransit inTransit(@RequestParam(required = false) UUID skuId) {
        return service.inTransit(Actor.current(), skuId);
    }

    private static List<Quantity> quantities(Count count) {
        return count.lines().stream().map(l -> new Quantity(l.skuId(), l.quantity())).toList();
    }
}
