package io.oneshelf.pos.receipt;

import io.oneshelf.payment.Tender;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A sale's receipt as the till prints it (小票): where and when, who sold it and to which member, the lines with
 * their unit prices and discounts, what the discounts were, the total, the tenders with the change given, and the
 * address of the e-receipt the printed QR code opens. Money in fen; {@code createdAt} in the brand's time zone.
 */
@Schema(name = "Receipt")
record Receipt(UUID orderId, String storeName, String storeAddress, String tillName, String number,
               OffsetDateTime createdAt, String staffName, Member customer, List<Line> lines, long goodsAmount,
               long discountAmount, long total, List<Discount> discounts, List<TenderLine> tenders,
               Long pointsEarned,
               @Schema(description = "The storefront's e-receipt of the order (the printed QR code's content)")
               String eReceiptUrl) {

    Receipt {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        tenders = List.copyOf(tenders);
    }

    /** The member the sale was made for: their name (null until they say) and their phone, masked (138****1234). */
    @Schema(name = "ReceiptCustomer")
    record Member(String name, String phone) {
    }

    /** One line: quantity × unit price = amount, less the discount apportioned to it. */
    @Schema(name = "ReceiptLine")
    record Line(String name, long quantity, long unitPrice, long amount, long discount) {
    }

    /** One rule that took money off (a promotion, a coupon, a hand discount) and how much. */
    @Schema(name = "ReceiptDiscount")
    record Discount(String kind, String name, long amount) {
    }

    /** One tender that paid the sale; {@code change} is the cash given back (null for other tenders). */
    @Schema(name = "ReceiptTender")
    record TenderLine(Tender tender, long amount, Long change) {
    }
}
