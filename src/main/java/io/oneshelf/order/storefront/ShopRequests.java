package io.oneshelf.order.storefront;

import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.payment.Tender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the customer's calls in the shop. */
final class ShopRequests {

    private ShopRequests() {
    }

    /** {@code quantity} units of a SKU: added to the cart's, or (to change it) the cart's new quantity, 0 removes. */
    record CartItem(@NotNull UUID skuId, @NotNull @Min(0) @Max(9_999) Long quantity) {
    }

    /**
     * Checking the cart out: {@code PICKUP} at {@code storeId} (an open store), or delivered ({@code EXPRESS},
     * {@code SAME_CITY}) to {@code addressId}, one of the customer's own addresses; {@code couponIds}: the
     * customer's coupons to use; {@code guideCode}: the code of the guide's share link the customer came through
     * (the order counts for that guide; a code of no enabled guide is ignored, as a stale link is no fault of theirs).
     */
    record Checkout(@NotNull Fulfilment fulfilment, UUID storeId, UUID addressId, @Size(max = 200) String note,
                    @Valid PickupSlot pickupSlot, @Size(max = 5) java.util.List<@jakarta.validation.constraints.NotNull UUID> couponIds,
                    @Size(max = 64) String guideCode) {
    }

    /** The pickup slot a cart of made-to-order products books at the pickup store: one of its slots on a date. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ShopPickupSlotChoice")
    record PickupSlot(@NotNull java.time.LocalDate date, @NotNull UUID slotId) {
    }

    /**
     * Paying an unpaid order: {@code WECHAT_PAY} pays the whole outstanding amount online; {@code WALLET} and
     * {@code POINTS} pay {@code amount} fen of it (default: all of it), so that points can pay a part and the wallet or
     * WeChat Pay the rest.
     */
    record Pay(@NotNull Tender tender, @jakarta.validation.constraints.Min(1)
               @jakarta.validation.constraints.Max(100_000_000_00L) Long amount) {
    }

    record Cancel(@Size(max = 200) String note) {
    }

    /** Asking to return lines of a paid order; the store decides. */
    record ReturnRequest(@NotEmpty @Size(max = PlaceOrder.MAX_LINES) List<@Valid @NotNull Line> lines,
                         @Size(max = 200) String reason) {
    }

    record Line(@NotNull @Min(0) @Max(PlaceOrder.MAX_LINES * 10) Integer lineIndex,
                @NotNull @Min(1) @Max(9_999) Long quantity) {
    }
}
