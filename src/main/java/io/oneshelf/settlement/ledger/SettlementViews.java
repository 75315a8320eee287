package io.oneshelf.settlement.ledger;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.settlement.Owner;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The settlement API's answers: entries, the report per pair of owners and the ledger check. */
final class SettlementViews {

    private SettlementViews() {
    }

    /** An owner by name: the brand or a franchisee. */
    record OwnerView(Owner.Kind kind, UUID id, String name) {
    }

    /** One entry of the ledger with its owners and place by name; amounts in fen, negative on a reversal. */
    record EntryView(UUID id, SettlementEntry.Kind kind, SettlementEntry.Cause cause, UUID causeId,
                     UUID orderId, String orderNumber, String channel, int lineIndex, UUID skuId, String skuCode,
                     UUID placeId, String placeName,
                     UUID storeId, String storeName, OwnerView debtor, OwnerView creditor, long quantity,
                     @Schema(description = "The part of the line's paid amount this entry concerns (fen)")
                     long baseAmount, int ratePercent,
                     @Schema(description = "What the debtor owes the creditor by this entry (fen)") long amount,
                     UUID correctsId, OffsetDateTime recordedAt) {

        static EntryView of(SettlementEntry e, Names names) {
            PlaceRef place = names.place(e.placeId());
            PlaceRef store = e.storeId() == null ? null : names.place(e.storeId());
            return new EntryView(e.id(), e.kind(), e.cause(), e.causeId(), e.orderId(), e.orderNumber(),
                    e.channel(), e.lineIndex(), e.skuId(), e.skuCode(), e.placeId(),
                    place == null ? null : place.name(), e.storeId(), store == null ? null : store.name(),
                    names.owner(e.debtor()), names.owner(e.creditor()), e.quantity(), e.baseAmount(),
                    e.ratePercent(), e.amount(), e.correctsId(), e.recordedAt());
        }
    }

    /**
     * One pair of owners over the period: {@code debtor} owes {@code creditor} {@code net} fen (never negative:
     * the pair is named so), {@code owed} being what the debtor's sales took of the creditor's stock and
     * {@code owedBack} what the creditor's sales took of the debtor's, each net of reversals.
     */
    record PairRow(OwnerView debtor, OwnerView creditor, long owed, long owedBack, long net, long entries) {
    }

    record Report(LocalDate from, LocalDate to, String timeZone, List<PairRow> pairs, long entries) {
    }

    /** A line whose ledger entries do not add up to what the order owes now. */
    record Difference(UUID orderId, String orderNumber, int lineIndex, long expectedQuantity, long recordedQuantity,
                      long expectedAmount, long recordedAmount) {
    }

    /**
     * What a check read: the orders with entries in the period (or the one named), as of {@code checkedAt}, and
     * the lines that disagree (none when all is well).
     */
    record Reconciliation(LocalDate from, LocalDate to, UUID orderId, int ordersChecked, OffsetDateTime checkedAt,
                          List<Difference> differences) {
    }

    record EditRule(
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(100)
            @Schema(description = "Percentage of each line's paid amount owed to the stock's owner", example = "90")
            Integer ratePercent,
            @jakarta.validation.constraints.NotNull Integer version) {
    }
}
