package io.oneshelf.voucher.book;

import io.oneshelf.catalog.SkuRef;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The voucher API's answers and bodies. */
final class VoucherViews {

    private VoucherViews() {
    }

    /** One use of a voucher: REDEEM (at a store, by whom) or REFUND ({@code amount} fen back). */
    record Use(String kind, int uses, long amount, UUID storeId, String by, OffsetDateTime at) {
    }

    /**
     * A voucher as staff and its customer see it: the service by name, where it is used, its uses and what is left,
     * its status and expiry, and its uses so far. {@code code} is what the customer shows (and the QR holds).
     */
    record VoucherView(UUID id, String code, String qrContent, UUID orderId, String orderNumber, int lineIndex,
                       UUID skuId, String skuCode, String skuName, UUID storeId, String storeName, UUID customerId,
                       int uses, int redeemed, int refunded, int remaining, Voucher.Status status,
                       @Schema(description = "What the unit was paid (fen)") long price,
                       @Schema(description = "What was refunded of it (fen)") long refundAmount,
                       OffsetDateTime issuedAt, OffsetDateTime expiresAt, List<Use> history) {

        static VoucherView of(Voucher v, String storeName, List<Use> history, OffsetDateTime now) {
            return new VoucherView(v.id(), v.code(), VoucherQr.content(v.id(), v.code()), v.orderId(),
                    v.orderNumber(), v.lineIndex(), v.skuId(), v.skuCode(), v.skuName(), v.storeId(), storeName,
                    v.customerId(), v.uses(), v.redeemed(), v.refunded(), v.remaining(), v.status(now), v.price(),
                    v.refundAmount(), v.issuedAt(), v.expiresAt(), history);
        }
    }

    /** What staff present: the code typed, or what the scanner read from the QR; exactly one of them. */
    record Present(@Size(max = 200) String code, @Size(max = 200) String qr) {
    }

    /** Redeem {@code uses} uses of the voucher presented. */
    record Redeem(@Size(max = 200) String code, @Size(max = 200) String qr,
                  @NotNull @Min(1) @Max(1000) @Schema(example = "1") Integer uses) {
    }

    /**
     * A plan as the console lists it: the SKU sold as a voucher by product and SKU name ({@code id} is the SKU's id),
     * its uses and days valid, and the version to send with a change.
     */
    record PlanView(UUID id, String skuCode, String skuName, String productName, Map<String, String> specs,
                    boolean active,
                    @Schema(description = "Uses a voucher gives, 1 to 1000", example = "5") int uses,
                    @Schema(description = "Days a voucher is valid from its payment, 1 to 3660", example = "180")
                    int validDays,
                    int version) {

        static PlanView of(VoucherPlan plan, SkuRef sku) {
            return new PlanView(plan.skuId(), sku == null ? null : sku.code(), sku == null ? null : sku.name(),
                    sku == null ? null : sku.productName(), sku == null ? Map.of() : sku.specs(),
                    sku != null && sku.active(), plan.uses(), plan.validDays(), plan.version());
        }
    }

    record EditPlan(@NotNull @Min(1) @Max(1000) @Schema(description = "Uses a voucher gives", example = "5")
                    Integer uses,
                    @NotNull @Min(1) @Max(3660) @Schema(description = "Days valid from payment", example = "180")
                    Integer validDays,
                    @NotNull Integer version) {
    }
}
