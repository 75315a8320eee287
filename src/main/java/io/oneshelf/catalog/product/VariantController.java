package io.oneshelf.catalog.product;

import io.oneshelf.catalog.product.VariantRequests.AddSku;
import io.oneshelf.catalog.product.VariantRequests.AddSpecValues;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Products")
class VariantController {

    private final VariantService service;

    VariantController(VariantService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/products/{id}/spec-values")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "addSpecValues",
            summary = "Add values to spec attributes (e.g. a new colour): creates exactly the SKUs with a new"
                         + " value, unpriced unless listPriceFen is given (required on shelf); send the version")
    Product addSpecValues(@PathVariable UUID id, @Valid @RequestBody AddSpecValues request) {
        return service.addSpecValues(Actor.current(), id, request.command());
    }

    @PostMapping("/api/v1/products/{id}/skus")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "addSku",
            summary = "Add one SKU with a value for every spec attribute (new values join the attribute);"
                         + " answers the product; send the version")
    ResponseEntity<Product> addSku(@PathVariable UUID id, @Valid @RequestBody AddSku request) {
        VariantService.Added added = service.addSku(Actor.current(), id, request.command());
        return ResponseEntity.created(URI.create("/api/v1/skus/" + added.sku().id())).body(added.product());
    }

    @PostMapping("/api/v1/skus/{id}/deactivate")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "deactivateSku",
            summary = "Stop selling a SKU (a product on shelf keeps at least one active SKU)")
    Sku deactivate(@PathVariable UUID id) {
        return service.deactivate(Actor.current(), id);
    }

    @PostMapping("/api/v1/skus/{id}/activate")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "activateSku", summary = "Sell a SKU again (on shelf only with a current list price)")
    Sku activate(@PathVariable UUID id) {
        return service.activate(Actor.current(), id);
    }
}
