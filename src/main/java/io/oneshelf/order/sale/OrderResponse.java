package io.oneshelf.order.sale;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.web.Texts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API answers it: money in fen, the routing plan's reasons in the reader's language, and who and
 * where by name ({@code storeName}, {@code staffName}, {@code guideName}, {@code customer}) where the answer is read
 * by staff (the list, one order, a look-up); null where a name is unknown or not given; and which rule gave which
 * discount ({@code discounts}).
 */
@Schema(name = "Order")
record OrderResponse(UUID id, String number, OrderChannel channel, Fulfilment fulfilment, OrderStatus status,
                     UUID customerId, UUID storeId, UUID guideId, UUID staffId, List<OrderView.Line> lines,
                     long goodsAmount, long discountAmount, long shippingFee, long total, long paid, long refunded,
                     long outstanding, PlaceOrder.Address address, List<OrderView.Shipment> shipments,
                     List<String> routing, String note, OffsetDateTime expiresAt, OffsetDateTime createdAt,
                     OffsetDateTime updatedAt, List<OrderView.Step> timeline, int version, String storeName,
                     String staffName, String guideName, OrderCustomer customer, OrderView.Booking booking,
                     List<OrderView.Discount> discounts) {

    /** The customer as staff see them: {@code phone} is masked (138****1234) unless the reader has customer:phone. */
    @Schema(name = "OrderCustomer")
    record OrderCustomer(UUID id, String name, String phone, boolean phoneMasked) {
    }

    /** What the names of an order are, looked up for a reader. */
    record Names(String store, String staff, String guide, OrderCustomer customer) {
        static final Names NONE = new Names(null, null, null, null);
    }

    static OrderResponse of(OrderView o, Texts texts) {
        return of(o, texts, Names.NONE);
    }

    static OrderResponse of(OrderView o, Texts texts, Names names) {
        return new OrderResponse(o.id(), o.number(), o.channel(), o.fulfilment(), o.status(), o.customerId(),
                o.storeId(), o.guideId(), o.staffId(), o.lines(), o.goodsAmount(), o.discountAmount(),
                o.shippingFee(), o.total(), o.paid(), o.refunded(), o.outstanding(), o.address(),
                o.plan().shipments(), o.plan().explanation().stream().map(texts::text).toList(), o.note(),
                o.expiresAt(), o.createdAt(), o.updatedAt(), o.timeline(), o.version(), names.store(),
                names.staff(), names.guide(), names.customer(), o.booking(), o.discounts());
    }
}
