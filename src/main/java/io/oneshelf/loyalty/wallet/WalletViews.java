package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.payment.Tender;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The wallet API's answers and bodies; money in fen. */
final class WalletViews {

    private WalletViews() {
    }

    /** An owner of value by name: the brand or a franchisee. */
    record OwnerView(ValueOwner.Kind kind, UUID id, String name) {
    }

    /** What one owner holds of a wallet. */
    record OwnerBalance(OwnerView owner, long principal, long bonus) {
    }

    /** A customer's wallet: principal (paid), bonus (given) and their sum, and who owns how much of it. */
    record WalletView(UUID customerId, long principal, long bonus, long balance, List<OwnerBalance> owners) {
    }

    /**
     * One entry of a wallet's history: a TOP_UP adds, a SPEND takes (negative), a REFUND gives back; each is one
     * owner's part of the move, at the place named (null online).
     */
    record WalletEntryView(UUID id, Entry.Kind kind, long principal, long bonus, long amount, OwnerView owner,
                     String reference, UUID paymentId, UUID placeId, String placeName, OffsetDateTime at) {

        static WalletEntryView of(Entry e, WalletNames.Lookup names) {
            return new WalletEntryView(e.id(), e.kind(), e.principal(), e.bonus(), e.amount(), names.owner(e.owner()),
                    e.reference(), e.paymentId(), e.placeId(), names.place(e.placeId()), e.at());
        }
    }

    /** A top-up: what it pays and adds, how, where, and whether it was credited; {@code payUrl} pays it online. */
    record TopUpView(UUID id, UUID customerId, UUID planId, String planName, long principal, long bonus,
                     Tender tender, UUID placeId, String placeName, OwnerView owner, TopUp.Status status,
                     UUID paymentId, String payUrl, OffsetDateTime createdAt, OffsetDateTime creditedAt) {

        static TopUpView of(TopUp t, WalletNames.Lookup names) {
            return new TopUpView(t.id(), t.customerId(), t.planId(), t.planName(), t.principal(), t.bonus(),
                    t.tender(), t.placeId(), names.place(t.placeId()), names.owner(t.owner()), t.status(),
                    t.paymentId(), t.payUrl(), t.createdAt(), t.creditedAt());
        }
    }

    /**
     * A top-up of a customer's wallet at a store: a plan ({@code planId}) or an amount without bonus, paid by CASH
     * (with what was handed over) or CARD (with the terminal's reference).
     */
    record StoreTopUp(@NotNull UUID customerId, @NotNull UUID storeId, UUID planId,
                      @Min(1) @Max(PlanRequest.MAX_PAY) @Schema(description = "fen, without a plan") Long amount,
                      @NotNull @Schema(description = "CASH or CARD") Tender tender,
                      @Min(1) @Schema(description = "fen handed over, for CASH") Long cashTendered,
                      @Size(max = 200) String cardReference) {
    }

    /** A customer's top-up in the shop: a plan, or an amount without bonus; paid by WeChat Pay. */
    record ShopTopUp(UUID planId,
                     @Min(1) @Max(PlanRequest.MAX_PAY) @Schema(description = "fen, without a plan") Long amount) {
    }
}
