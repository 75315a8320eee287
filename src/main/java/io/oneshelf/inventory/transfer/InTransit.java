package io.oneshelf.inventory.transfer;

import java.util.List;
import java.util.UUID;

/**
 * Stock shipped and not yet received: counted in no place's on hand, so it is shown here.
 *
 * @param skuId null when the answer covers every SKU
 */
record InTransit(UUID skuId, long quantity, List<Shipment> shipments) {

    record Shipment(UUID transferId, String reference, UUID skuId, UUID fromPlaceId, UUID toPlaceId, long quantity) {
    }

    static InTransit of(UUID skuId, List<Shipment> shipments) {
        return new InTransit(skuId, shipments.stream().mapToLong(Shipment::quantity).sum(), shipments);
    }
}
