package io.oneshelf.inventory;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.List;
import java.util.UUID;

/**
 * A change of stock asked for more than the balance of one SKU at one place can give: shipping more than the
 * source holds, adjusting or counting below what is reserved. Nothing was changed. Within a command with lines it
 * is the reason of a {@link io.oneshelf.platform.LineRejected}.
 */
public final class OutOfStock extends Rejection {

    private final UUID skuId;
    private final UUID locationId;
    private final long available;

    /**
     * @param available what the balance could give, by the rule that refused (e.g. on hand not reserved)
     * @param field     the attribute of the command that asked too much, e.g. {@code quantity}
     * @param message   why, with the numbers; it is also the detail
     */
    public OutOfStock(UUID skuId, UUID locationId, long available, String field, Message message) {
        super(Kind.OUT_OF_STOCK, message, List.of(new Fault(field, message)));
        this.skuId = skuId;
        this.locationId = locationId;
        this.available = available;
    }

    public UUID skuId() {
        return skuId;
    }

    public UUID locationId() {
        return locationId;
    }

    public long available() {
        return available;
    }
}
