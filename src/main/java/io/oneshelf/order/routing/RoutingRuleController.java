package io.oneshelf.order.routing;

import io.oneshelf.order.routing.RoutingRuleRequests.EditRoutingRule;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The brand's order routing rule: where parcels come from, same-city reach, franchisees' stock. */
@RestController
@RequestMapping("/api/v1/routing-rules")
@Tag(name = "Order routing")
class RoutingRuleController {

    private final RoutingRuleService service;

    RoutingRuleController(RoutingRuleService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:read')")
    @Operation(operationId = "getRoutingRules", summary = "Your brand's order routing rule",
            description = "A brand that never set one has the defaults at version 0: PREFER_WAREHOUSE, same-city "
                    + "delivery within 5 km, franchised stores' stock NEVER drawn on by online orders, buffer 0.")
    RoutingRule get() {
        return service.get(Actor.current());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('org:write')")
    @Operation(operationId = "setRoutingRules",
            summary = "Set where orders are served from (brand-wide HQ admin; send the version you read)",
            description = """
                    preference: which places an express parcel comes from first (PREFER_WAREHOUSE: warehouses, \
                    then stores; PREFER_STORES: the nearest stores, then warehouses). sameCityMaxKm: same-city \
                    delivery comes from the nearest store with every item within this distance. franchiseStock: \
                    when online orders may draw on a franchised store's stock (NEVER, ABOVE_BUFFER: only what lies \
                    above franchiseBuffer of each SKU, ALWAYS). Orders routed from now on follow it; orders routed \
                    before keep their plans.""")
    RoutingRule set(@Valid @RequestBody EditRoutingRule request) {
        return service.set(Actor.current(), request.rule());
    }
}
