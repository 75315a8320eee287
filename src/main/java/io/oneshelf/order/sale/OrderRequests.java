package io.oneshelf.order.sale;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.payment.Tender;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The bodies of order requests. */
final class OrderRequests {

    static final long MAX_FEN = 100_000_000_00L;

    private OrderRequests() {
    }

    /**
     * A till sale ({@code POS}, fulfilment {@code IN_STORE}, with tenders) or a guide's order for a customer
     * ({@code GUIDE}, paid later by link). A delivery goes to {@code address}, or to {@code addressId}: one of the
     * customer's addresses (not both).
     */
    @Schema(name = "PlaceOrderRequest")
    record Place(@NotNull OrderChannel channel, @NotNull Fulfilment fulfilment, UUID customerId, UUID storeId,
                 UUID guideId, @NotEmpty @Size(max = PlaceOrder.MAX_LINES) List<@Valid @NotNull Line> lines,
                 @Valid Address address,
                 @Schema(description = "One of the customer's delivery addresses, instead of address") UUID addressId,
                 @Size(max = 10) List<@Valid @NotNull TenderLine> tenders, @Size(max = 200) String note,
                 @Schema(description = "The pickup slot a PICKUP of made-to-order lines books at its store")
                 @Valid PickupSlot pickupSlot,
                 @Schema(description = "The customer's coupons the order uses")
                 @Size(max = 5) List<@NotNull UUID> couponIds) {
    }

    /** A pickup slot of the order's store on a date (see the pickup slots' days). */
    @Schema(name = "PickupSlotChoice")
    record PickupSlot(@NotNull java.time.LocalDate date, @NotNull UUID slotId) {
        PlaceOrder.PickupSlot command() {
            return new PlaceOrder.PickupSlot(date, slotId);
        }
    }

    @Schema(name = "OrderLineRequest")
    record Line(@NotNull UUID skuId, @NotNull @Min(1) @Max(9_999) Long quantity) {
    }

    @Schema(name = "OrderAddressRequest")
    record Address(@NotNull @Size(min = 1, max = 50) String recipient, @NotNull @Size(min = 5, max = 20) String phone,
                   @NotNull @Size(min = 1, max = 200) String text,
                   @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                   @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    @Schema(name = "TenderLineRequest")
    record TenderLine(@NotNull Tender tender, @NotNull @Min(1) @Max(MAX_FEN) Long amount,
                      @Min(1) @Max(MAX_FEN) Long cashTendered, @Size(max = 64) String cardReference,
                      @Schema(description = "WECHAT_PAY at a till: the payment code scanned from the customer's "
                              + "phone (micropay, 18 digits); the tender is charged at once") @Size(max = 32)
                      String authCode) {
    }

    /** A tender towards an unpaid order: cash or card at a store, or a WeChat Pay link for the customer. */
    @Schema(name = "PayOrderRequest")
    record Pay(@NotNull Tender tender, @Min(1) @Max(MAX_FEN) Long amount, @Min(1) @Max(MAX_FEN) Long cashTendered,
               @Size(max = 64) String cardReference) {
    }

    @Schema(name = "OrderNoteRequest")
    record Cancel(@Size(max = 200) String note) {
    }

    /** Lines coming back at {@code placeId}: restocked there, or written off ({@code restock} false). */
    @Schema(name = "ReturnOrderRequest")
    record Return(@NotEmpty @Size(max = PlaceOrder.MAX_LINES) List<@Valid @NotNull ReturnLine> lines,
                  @NotNull UUID placeId, @NotNull Boolean restock, @Size(max = 200) String reason) {
    }

    @Schema(name = "ReturnLineRequest")
    record ReturnLine(@NotNull @Min(0) @Max(PlaceOrder.MAX_LINES * 10) Integer lineIndex,
                      @NotNull @Min(1) @Max(9_999) Long quantity) {
    }

    @Schema(name = "AcceptReturnRequest")
    record Accept(@NotNull UUID placeId, @NotNull Boolean restock) {
    }

    @Schema(name = "OrderSettingsRequest")
    record Settings(@NotNull @Min(5) @Max(1440) Integer unpaidMinutes,
                    @NotNull @Min(0) @Max(10_000_000) Long expressFee,
                    @NotNull @Min(0) @Max(10_000_000) Long sameCityFee,
                    @NotNull @Min(0) @Max(10_000_000) Long freeShippingOver, @NotNull @Min(0) Integer version) {
    }
}
