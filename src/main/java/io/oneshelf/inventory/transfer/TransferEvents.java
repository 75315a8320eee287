package io.oneshelf.inventory.transfer;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.TransferCancelled;
import io.oneshelf.inventory.TransferredSku;
import io.oneshelf.inventory.TransferReceived;
import io.oneshelf.inventory.TransferRequested;
import io.oneshelf.inventory.TransferShipped;
import io.oneshelf.platform.BusinessEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The event of the step a transfer has just taken, made from the transfer as saved. */
final class TransferEvents {

    private TransferEvents() {
    }

    static BusinessEvent of(Transfer t, Map<UUID, SkuRef> skus) {
        return switch (t.status()) {
            case REQUESTED -> new TransferRequested(t.tenantId(), t.id(), t.reference(), t.fromPlaceId(),
                    t.toPlaceId(), lines(t, skus, Transfer.Line::requested));
            case SHIPPED -> new TransferShipped(t.tenantId(), t.id(), t.reference(), t.fromPlaceId(), t.toPlaceId(),
                    lines(t, skus, Transfer.Line::shipped));
            case RECEIVED -> new TransferReceived(t.tenantId(), t.id(), t.reference(), t.fromPlaceId(),
                    t.toPlaceId(), lines(t, skus, Transfer.Line::received));
            case CANCELLED -> new TransferCancelled(t.tenantId(), t.id(), t.reference(), t.fromPlaceId(),
                    t.toPlaceId(), lines(t, skus, Transfer.Line::requested));
        };
    }

    private static List<TransferredSku> lines(Transfer t, Map<UUID, SkuRef> skus,
                                            java.util.function.Function<Transfer.Line, Long> quantity) {
        return t.lines().stream().map(l -> new TransferredSku(l.skuId(),
                skus.containsKey(l.skuId()) ? skus.get(l.skuId()).code() : null,
                java.util.Objects.requireNonNullElse(quantity.apply(l), 0L), l.discrepancy())).toList();
    }
}
