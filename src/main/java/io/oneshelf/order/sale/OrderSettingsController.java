package io.oneshelf.order.sale;

import io.oneshelf.order.settings.OrderSettings;
import io.oneshelf.order.settings.OrderSettingsStore;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The brand's order rules: how long unpaid orders hold stock, delivery fees and free shipping. */
@RestController
@Tag(name = "Orders")
class OrderSettingsController {

    private final OrderSettingsStore settings;

    OrderSettingsController(OrderSettingsStore settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/order-settings")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "getOrderSettings", summary = "The brand's order rules (defaults until first saved)")
    OrderSettings get() {
        return settings.of(Actor.current().tenantId());
    }

    @PutMapping("/api/v1/order-settings")
    @PreAuthorize("hasAuthority('order:settings')")
    @Operation(operationId = "saveOrderSettings",
            summary = "Save the brand's order rules; 409 stale-version if someone saved since you read them")
    OrderSettings save(@Valid @RequestBody OrderRequests.Settings body) {
        return settings.save(Actor.current().tenantId(), new OrderSettings(body.unpaidMinutes(), body.expressFee(),
                body.sameCityFee(), body.freeShippingOver(), body.version()));
    }
}
