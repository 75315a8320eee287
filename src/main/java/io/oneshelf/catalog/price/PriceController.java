package io.oneshelf.catalog.price;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.price.PriceBook.StoredPolicy;
import io.oneshelf.catalog.price.PriceRequests.Policy;
import io.oneshelf.catalog.price.PriceRequests.SkuPrices;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Price book")
class PriceController {

    private final PriceService service;

    PriceController(PriceService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/skus/{id}/prices")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getSkuPrices",
            summary = "The price rows of a SKU: list, member-tier, channel and (within your scope) store prices")
    SkuPrices prices(@PathVariable UUID id) {
        return SkuPrices.of(id, service.prices(Actor.current(), id));
    }

    @PutMapping("/api/v1/skus/{id}/prices")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "replaceSkuPrices",
            summary = "Replace the price rows of a SKU; store prices must obey the brand's price policy")
    SkuPrices replace(@PathVariable UUID id, @Valid @RequestBody SkuPrices request) {
        return SkuPrices.of(id, service.replace(Actor.current(), id, request.rows()));
    }

    @GetMapping("/api/v1/price-policy")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getPricePolicy", summary = "The brand's policy on store prices")
    StoredPolicy policy() {
        return service.policy(Actor.current());
    }

    @PutMapping("/api/v1/price-policy")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "setPricePolicy",
            summary = "Forbid store prices or allow them within a band (send the version you read)")
    StoredPolicy setPolicy(@Valid @RequestBody Policy request) {
        return service.setPolicy(Actor.current(), request.policy(), request.version());
    }

    @GetMapping("/api/v1/prices/resolve")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "resolvePrice",
            summary = "The price of a SKU for a channel, store, member tier and time, with the rule that won")
    ResolvedPrice resolve(@RequestParam UUID skuId, @RequestParam(required = false) SalesChannel channel,
                          @RequestParam(required = false) UUID storeId,
                          @RequestParam(required = false) String tierCode,
                          @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime at) {
        Instant instant = at == null ? Instant.now() : at.toInstant();
        return service.resolve(Actor.current(), new PriceQuery(skuId, channel, storeId, tierCode, instant));
    }
}
