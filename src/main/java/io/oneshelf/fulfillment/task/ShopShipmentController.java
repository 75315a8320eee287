package io.oneshelf.fulfillment.task;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.order.Orders;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the signed-in customer's order stands at the places fulfilling it: one shipment per place, with the
 * carrier and tracking number or the same-city courier once the goods have left. Only their own order (404).
 */
@RestController
@Tag(name = "Shop")
class ShopShipmentController {

    private final Orders orders;
    private final Tasks tasks;
    private final Places places;

    ShopShipmentController(Orders orders, Tasks tasks, Places places) {
        this.orders = orders;
        this.tasks = tasks;
        this.places = places;
    }

    /** One shipment of the order: the place it comes from, where it stands and how it left. */
    @Schema(name = "ShopShipment")
    record ShopShipment(TaskKind kind, String placeName, TaskStatus status, String carrier, String trackingNumber,
                        String courierName, String courierPhone, List<Integer> lineIndexes,
                        OffsetDateTime updatedAt) {
    }

    @GetMapping("/api/v1/shop/{brandCode}/orders/{id}/shipments")
    @Operation(operationId = "listShopShipments", summary = "The shipments of one of the customer's orders, with "
            + "tracking: none until it is paid",
            description = "A small bounded list (one per place fulfilling the order), as a bare JSON array.")
    List<ShopShipment> shipments(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        orders.find(shopper.brandId(), id).filter(o -> shopper.customerId().equals(o.customerId()))
                .orElseThrow(() -> Rejection.notFound("order"));
        return tasks.ofOrder(shopper.brandId(), id, false).stream().map(t -> {
            String place = places.find(shopper.brandId(), t.placeId()).map(PlaceRef::name).orElse(null);
            FulfilmentTask.Dispatch left = t.dispatch() == null ? FulfilmentTask.Dispatch.NONE : t.dispatch();
            return new ShopShipment(t.kind(), place, t.status(), left.carrier(), left.trackingNumber(),
                    left.courierName(), left.courierPhone(),
                    t.lines().stream().map(FulfilmentTask.Line::index).toList(), t.updatedAt());
        }).toList();
    }
}
