package io.oneshelf.catalog.product;

import io.oneshelf.catalog.product.Barcodes.BarcodeMatch;
import io.oneshelf.catalog.product.ProductRequests.AddBarcode;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Barcodes")
class BarcodeController {

    private final BarcodeService service;
    private final Barcodes barcodes;

    BarcodeController(BarcodeService service, Barcodes barcodes) {
        this.service = service;
        this.barcodes = barcodes;
    }

    @GetMapping("/api/v1/barcodes/{code}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "scanBarcode", summary = "The SKU a scanned barcode belongs to")
    BarcodeMatch scan(@PathVariable String code) {
        return barcodes.find(Actor.current().tenantId(), code).orElseThrow(() -> Rejection.notFound("barcode"));
    }

    @GetMapping("/api/v1/skus/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "getSku", summary = "One SKU with its barcodes")
    Sku sku(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return service.sku(actor, service.productOf(actor, id), id);
    }

    @PostMapping("/api/v1/skus/{id}/barcodes")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "addBarcode", summary = "Add a barcode (EAN-13, UPC-A or EAN-8) to a SKU")
    ResponseEntity<Sku> add(@PathVariable UUID id, @Valid @RequestBody AddBarcode request) {
        Sku sku = service.add(Actor.current(), id, request.code());
        return ResponseEntity.created(URI.create("/api/v1/skus/" + id)).body(sku);
    }

    @DeleteMapping("/api/v1/skus/{id}/barcodes/{code}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "removeBarcode", summary = "Remove a barcode from a SKU")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable String code) {
        service.remove(Actor.current(), id, code);
        return ResponseEntity.noContent().build();
    }
}
