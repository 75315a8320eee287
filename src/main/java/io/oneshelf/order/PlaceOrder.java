package io.oneshelf.order;

import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.security.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Place an order of brand {@code brandId}. {@code staff} is the cashier or guide who makes it (null when the
 * customer orders in the storefront); {@code storeId} the pickup store or the till's store; {@code guideId} the
 * guide credited (a guide's own order credits them). A till sale ({@link OrderChannel#POS}) names its
 * {@code tenders}, which must cover the total: it is paid and completed at once. {@code key} is the caller's
 * idempotency key: the same key answers the order its first call placed. {@code pickupSlot} is the slot a pickup
 * of made-to-order lines books (decision 0035); null otherwise. {@code couponIds} are the customer's coupons the
 * order uses (a coupon step prices them and the order marks them used when it is recorded). {@code campaign} is the
 * group buy or bargain the order is for (null for none): its pricing step prices the order.
 */
public record PlaceOrder(UUID brandId, Actor staff, OrderChannel channel, Fulfilment fulfilment, UUID customerId,
                         UUID storeId, UUID guideId, List<Line> lines, Address address, List<TenderLine> tenders,
                         String note, String key, PickupSlot pickupSlot, List<UUID> couponIds, AtTill atTill,
                         OrderCampaign campaign) {

    /** The most lines one order may have. */
    public static final int MAX_LINES = 100;

    public PlaceOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
        couponIds = couponIds == null ? List.of() : List.copyOf(couponIds);
    }

    /** An order for no campaign. */
    public PlaceOrder(UUID brandId, Actor staff, OrderChannel channel, Fulfilment fulfilment, UUID customerId,
                      UUID storeId, UUID guideId, List<Line> lines, Address address, List<TenderLine> tenders,
                      String note, String key, PickupSlot pickupSlot, List<UUID> couponIds, AtTill atTill) {
        this(brandId, staff, channel, fulfilment, customerId, storeId, guideId, lines, address, tenders, note, key,
                pickupSlot, couponIds, atTill, null);
    }

    /** An order not made at a till's counter (no hand discounts, nothing recorded offline). */
    public PlaceOrder(UUID brandId, Actor staff, OrderChannel channel, Fulfilment fulfilment, UUID customerId,
                      UUID storeId, UUID guideId, List<Line> lines, Address address, List<TenderLine> tenders,
                      String note, String key, PickupSlot pickupSlot, List<UUID> couponIds) {
        this(brandId, staff, channel, fulfilment, customerId, storeId, guideId, lines, address, tenders, note, key,
                pickupSlot, couponIds, null);
    }

    /** An order without coupons. */
    public PlaceOrder(UUID brandId, Actor staff, OrderChannel channel, Fulfilment fulfilment, UUID customerId,
                      UUID storeId, UUID guideId, List<Line> lines, Address address, List<TenderLine> tenders,
                      String note, String key, PickupSlot pickupSlot) {
        this(brandId, staff, channel, fulfilment, customerId, storeId, guideId, lines, address, tenders, note, key,
                pickupSlot, List.of());
    }

    /** An order of no made-to-order lines: it books no pickup slot. */
    public PlaceOrder(UUID brandId, Actor staff, OrderChannel channel, Fulfilment fulfilment, UUID customerId,
                      UUID storeId, UUID guideId, List<Line> lines, Address address, List<TenderLine> tenders,
                      String note, String key) {
        this(brandId, staff, channel, fulfilment, customerId, storeId, guideId, lines, address, tenders, note, key,
                null, List.of());
    }

    /** The pickup slot a PICKUP order of made-to-order lines books: one of its store's slots, on {@code date}. */
    public record PickupSlot(java.time.LocalDate date, UUID slotId) {
    }

    /**
     * {@code quantity} of a SKU. At a till's counter ({@link AtTill}) the line may carry a hand discount
     * ({@code discountFen}, within the cashier's limit) and, for a sale the till recorded offline, the unit price
     * it charged ({@code recordedUnitPrice}, null otherwise).
     */
    public record Line(UUID skuId, long quantity, long discountFen, Long recordedUnitPrice) {

        public Line(UUID skuId, long quantity) {
            this(skuId, quantity, 0, null);
        }
    }

    /**
     * What a sale at a till's counter adds: the most a cashier may take off a line by hand, in percent of the
     * line's amount; whether the sale has happened already ({@code sold}: a till sold it offline, so it is routed to
     * the store and its stock posted even when the books show too little); and for such a sale the total the till
     * charged ({@code recordedTotal}, with each line's {@code recordedUnitPrice}), kept as recorded — null to price
     * it now (e.g. to see whether its prices changed meanwhile).
     */
    public record AtTill(int discountLimitPercent, Long recordedTotal, boolean sold) {

        /** A sale at the counter now. */
        public AtTill(int discountLimitPercent) {
            this(discountLimitPercent, null, false);
        }

        public boolean recorded() {
            return recordedTotal != null;
        }
    }

    /** Whether the sale has happened already (sold offline): it must not be refused for want of stock. */
    public boolean soldAlready() {
        return atTill != null && (atTill.sold() || atTill.recorded());
    }

    /** Whether this is a sale a till recorded offline, to be kept as sold. */
    public boolean asRecorded() {
        return atTill != null && atTill.recorded();
    }

    /** Where a delivery goes, copied onto the order so that later changes of the customer's book do not move it. */
    public record Address(UUID addressId, String recipient, String phone, String text, BigDecimal latitude,
                          BigDecimal longitude) {
    }

    /**
     * One tender of a till sale: cash with what was handed over, a card with the terminal's reference, or WeChat Pay
     * with the payment code scanned from the customer's phone ({@code authCode}, micropay: charged at once) or by
     * the till's QR the customer scans ({@code qr}, Native pay: the sale waits for it, decision 0048).
     */
    public record TenderLine(Tender tender, long amount, Long cashTendered, String cardReference, String authCode,
                             boolean qr) {

        public TenderLine(Tender tender, long amount, Long cashTendered, String cardReference, String authCode) {
            this(tender, amount, cashTendered, cardReference, authCode, false);
        }

        /** A tender with no payment code scanned. */
        public TenderLine(Tender tender, long amount, Long cashTendered, String cardReference) {
            this(tender, amount, cashTendered, cardReference, null);
        }
    }

    /** Whether a tender of this till sale is paid by the till's QR: the sale is placed awaiting it. */
    public boolean awaitsQr() {
        return tenders.stream().anyMatch(t -> t != null && t.qr());
    }
}
