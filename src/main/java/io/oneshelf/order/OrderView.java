package io.oneshelf.order;

import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.Message;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order as other modules and the API see it: its lines as priced at checkout, its money in fen (paid and
 * refunded as the payment ledger says), where each line is fulfilled from and why ({@code plan}), and its
 * timeline of status changes with who made each.
 */
public record OrderView(UUID id, UUID brandId, String number, OrderChannel channel, Fulfilment fulfilment,
                        OrderStatus status, UUID customerId, UUID storeId, UUID guideId, UUID staffId,
                        List<Line> lines, long goodsAmount, long discountAmount, long shippingFee, long total,
                        long paid, long refunded, PlaceOrder.Address address, Plan plan, String note,
                        OffsetDateTime expiresAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                        List<Step> timeline, int version, Booking booking, List<Discount> discounts) {

    public OrderView {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    /** An order with a booking (or none) and its discounts not told. */
    public OrderView(UUID id, UUID brandId, String number, OrderChannel channel, Fulfilment fulfilment,
                     OrderStatus status, UUID customerId, UUID storeId, UUID guideId, UUID staffId,
                     List<Line> lines, long goodsAmount, long discountAmount, long shippingFee, long total,
                     long paid, long refunded, PlaceOrder.Address address, Plan plan, String note,
                     OffsetDateTime expiresAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                     List<Step> timeline, int version, Booking booking) {
        this(id, brandId, number, channel, fulfilment, status, customerId, storeId, guideId, staffId, lines,
                goodsAmount, discountAmount, shippingFee, total, paid, refunded, address, plan, note, expiresAt,
                createdAt, updatedAt, timeline, version, booking, List.of());
    }

    /** An order without a booked pickup slot. */
    public OrderView(UUID id, UUID brandId, String number, OrderChannel channel, Fulfilment fulfilment,
                     OrderStatus status, UUID customerId, UUID storeId, UUID guideId, UUID staffId,
                     List<Line> lines, long goodsAmount, long discountAmount, long shippingFee, long total,
                     long paid, long refunded, PlaceOrder.Address address, Plan plan, String note,
                     OffsetDateTime expiresAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                     List<Step> timeline, int version) {
        this(id, brandId, number, channel, fulfilment, status, customerId, storeId, guideId, staffId, lines,
                goodsAmount, discountAmount, shippingFee, total, paid, refunded, address, plan, note, expiresAt,
                createdAt, updatedAt, timeline, version, null, List.of());
    }

    /**
     * Which rule gave what (the order's price explained): the kind of rule ({@code PROMOTION}, {@code COUPON} …),
     * its id and name, the fen it took off, and whether it was given to lines ({@code LINES}), to the basket and
     * apportioned to its lines ({@code BASKET}), or waived the shipping fee ({@code SHIPPING}). The lines' own
     * {@code discount}s are what the LINES and BASKET discounts came to on each line.
     */
    public record Discount(String kind, UUID ruleId, String name, long amount, String target) {
    }

    /**
     * The pickup slot a made-to-order pickup booked (decision 0035): its date and time of day at the order's store,
     * the lines made to order (by index), and whether it is BOOKED, RELEASED (the order was cancelled) or MADE.
     */
    public record Booking(java.time.LocalDate date, UUID slotId, java.time.LocalTime startsAt,
                          java.time.LocalTime endsAt, List<Integer> madeLines, String status,
                          OffsetDateTime madeAt) {
    }

    /**
     * The share of {@code whole} (a commission, points, a tier's growth earned on this order) that its refunds stand
     * for: what was refunded of what paid the total — a payment beyond the total, given back as surplus, is neither —
     * rounded down, and all of it once the order is refunded in full. Every ledger that takes back what an order
     * earned takes back this, so they agree with each other and with the order as it stands.
     */
    public long refundedShareOf(long whole) {
        long surplus = Math.max(0, paid - total);
        return io.oneshelf.platform.Shares.of(whole, Math.max(0, refunded - surplus), paid - surplus);
    }

    /** What is still to pay: the total less what was paid; never below zero. */
    public long outstanding() {
        return Math.max(0, total - paid);
    }

    /**
     * One line: the SKU by name, its unit price and the price rule that set it (LIST, CHANNEL, STORE, TIER), the
     * line amount (unit price × quantity), the discount apportioned to it, and the place it is fulfilled from.
     */
    public record Line(int index, UUID skuId, String skuCode, String name, Map<String, String> specs, long quantity,
                       long unitPrice, String priceRule, long amount, long discount, UUID placeId) {

        /** What the customer pays for this line. */
        public long payable() {
            return amount - discount;
        }
    }

    /** The places the order draws on, one shipment each, and the reasons routing gave. */
    public record Plan(List<Shipment> shipments, List<Message> explanation) {
    }

    public record Shipment(UUID placeId, String placeCode, String placeName, String kind, UUID ownerFranchiseeId,
                           Double distanceKm, List<Integer> lineIndexes) {
    }

    /** One status change: from, to, who made it (a staff member, a customer or the system) and when. */
    public record Step(OrderStatus from, OrderStatus to, String actorKind, UUID actorId, String actorName,
                       String note, OffsetDateTime at) {
    }
}
