package io.oneshelf.inventory.stock;

import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stores and warehouses as stock locations: shared with online or not, and their safety stock. */
@RestController
@RequestMapping("/api/v1/stock-locations")
@Tag(name = "Stock locations")
class StockLocationController {

    private final StockLocationService service;

    StockLocationController(StockLocationService service) {
        this.service = service;
    }

    record EditStockLocation(@NotNull Boolean sharedWithOnline, @NotNull @Min(0) @Max(1_000_000) Long safetyStock) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listStockLocations",
            summary = "Every store and warehouse within your scope with its stock settings",
            description = "A small bounded list (the brand's stores and warehouses), answered as a bare JSON array "
                    + "without paging: an exception to the {items, nextCursor} rule.")
    List<StockLocation> list() {
        return service.list(Actor.current());
    }

    @GetMapping("/{placeId}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getStockLocation", summary = "The stock settings of one store or warehouse")
    StockLocation get(@PathVariable UUID placeId) {
        return service.get(Actor.current(), placeId);
    }

    @PutMapping("/{placeId}")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "putStockLocation",
            summary = "Set whether a place's stock is sold online and its safety stock (created on first use)")
    StockLocation put(@PathVariable UUID placeId, @Valid @RequestBody EditStockLocation request) {
        return service.save(Actor.current(), placeId, request.sharedWithOnline(), request.safetyStock());
    }
}
