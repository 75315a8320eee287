package io.oneshelf.pos.till;

import io.oneshelf.payment.Tender;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bodies of the POS's requests; money in fen. */
final class PosRequests {

    static final long MAX_FEN = 100_000_000_00L;
    static final int MAX_LINES = 100;

    private PosRequests() {
    }

    @Schema(name = "PosTillRequest")
    record NewTill(@NotNull UUID storeId, @NotNull @Size(min = 1, max = 20) String code,
                   @NotNull @Size(min = 1, max = 50) String name) {
    }

    @Schema(name = "PosTillUpdate")
    record TillUpdate(@NotNull @Size(min = 1, max = 50) String name, @NotNull Boolean active,
                      @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "PosOpenShiftRequest")
    record OpenShift(@NotNull @Min(0) @Max(ShiftDesk.MAX_FLOAT) Long floatFen) {
    }

    @Schema(name = "PosCloseShiftRequest")
    record CloseShift(@NotNull @Size(max = 20) List<@Valid @NotNull Count> counted, @Size(max = 200) String note) {
    }

    @Schema(name = "PosCashCount")
    record Count(@NotNull @Min(1) @Max(10000) Long denominationFen, @NotNull @Min(0) @Max(100_000) Long count) {
    }

    @Schema(name = "PosSaleLine")
    record Line(@NotNull UUID skuId, @NotNull @Min(1) @Max(9_999) Long quantity,
                @Schema(description = "A hand discount on the line, within the cashier's limit")
                @Min(0) @Max(MAX_FEN) Long discountFen) {
    }

    @Schema(name = "PosTender")
    record TenderLine(@NotNull Tender tender, @NotNull @Min(1) @Max(MAX_FEN) Long amount,
                      @Schema(description = "CASH: what the customer handed over; the change is this less amount")
                      @Min(1) @Max(MAX_FEN) Long cashTendered,
                      @Schema(description = "CARD: the terminal's reference") @Size(max = 64) String reference,
                      @Schema(description = "WECHAT_PAY micropay: the customer's payment code")
                      @Size(max = 32) String authCode,
                      @Schema(description = "WECHAT_PAY by the till's QR the customer scans: the sale is placed "
                              + "awaiting it (status CREATED) and completes when it is paid")
                      Boolean qr) {

        boolean byQr() {
            return Boolean.TRUE.equals(qr);
        }
    }

    /** A sale at the till, made on the device with its own id ({@code clientSaleId}): a repeat is the same sale. */
    @Schema(name = "PosSaleRequest")
    record Sale(@NotNull UUID clientSaleId, UUID customerId, UUID guideId,
                @NotEmpty @Size(max = MAX_LINES) List<@Valid @NotNull Line> lines,
                @Size(max = 5) List<@NotNull UUID> couponIds,
                @NotEmpty @Size(max = 10) List<@Valid @NotNull TenderLine> tenders, @Size(max = 200) String note) {
    }

    /** A cart priced at the till before it is paid: the sale's lines (hand discounts too), no tenders. */
    @Schema(name = "PosQuoteRequest")
    record Quote(UUID customerId, UUID guideId, @NotEmpty @Size(max = MAX_LINES) List<@Valid @NotNull Line> lines,
                 @Size(max = 5) List<@NotNull UUID> couponIds) {
    }

    @Schema(name = "PosOfflineLine")
    record OfflineLine(@NotNull UUID skuId, @NotNull @Min(1) @Max(9_999) Long quantity,
                       @Min(0) @Max(MAX_FEN) Long discountFen,
                       @Schema(description = "The unit price the device charged") @NotNull @Min(0) @Max(MAX_FEN)
                       Long unitPrice) {
    }

    /** A sale the till made offline, as it was made: when, at which prices, for what total. */
    @Schema(name = "PosOfflineSale")
    record OfflineSale(@NotNull UUID clientSaleId, UUID customerId, UUID guideId,
                       @NotEmpty @Size(max = MAX_LINES) List<@Valid @NotNull OfflineLine> lines,
                       @Size(max = 5) List<@NotNull UUID> couponIds,
                       @NotEmpty @Size(max = 10) List<@Valid @NotNull TenderLine> tenders,
                       @Size(max = 200) String note, @NotNull OffsetDateTime recordedAt,
                       @Schema(description = "What the device charged") @NotNull @Min(0) @Max(MAX_FEN) Long total) {
    }

    /** A void the till recorded offline, as it was made: when, with the device's own id for it. */
    @Schema(name = "PosOfflineVoid")
    record OfflineVoid(@NotNull UUID clientVoidId, @NotNull OffsetDateTime recordedAt, @NotNull VoidKind kind,
                       UUID skuId, @Min(1) @Max(9_999) Long quantity, @NotNull @Min(0) @Max(MAX_FEN) Long amountFen,
                       @NotNull @Size(min = 1, max = 200) String reason) {
    }

    @Schema(name = "PosSyncRequest")
    record Sync(@NotNull @Size(max = 500) List<@Valid @NotNull OfflineSale> sales,
                @Schema(description = "Voids recorded offline (none when absent)")
                @Size(max = 500) List<@Valid @NotNull OfflineVoid> voids) {
    }

    @Schema(name = "PosReturnLine")
    record ReturnLine(@NotNull @Min(0) @Max(MAX_LINES * 10) Integer lineIndex,
                      @NotNull @Min(1) @Max(9_999) Long quantity) {
    }

    @Schema(name = "PosReturnRequest")
    record Return(@NotNull UUID orderId, @NotEmpty @Size(max = MAX_LINES) List<@Valid @NotNull ReturnLine> lines,
                  @NotNull Boolean restock, @Size(max = 200) String reason) {
    }

    @Schema(name = "PosHoldRequest")
    record Hold(@Size(max = 50) String label,
                @Schema(description = "The screen's cart, a free JSON object up to 64 KB") @NotNull Map<String, Object> cart) {
    }

    @Schema(name = "PosVoidRequest")
    record Void(@NotNull VoidKind kind, UUID skuId, @Min(1) @Max(9_999) Long quantity,
                @NotNull @Min(0) @Max(MAX_FEN) Long amountFen, @NotNull @Size(min = 1, max = 200) String reason) {
    }

    enum VoidKind { LINE, SALE }

    @Schema(name = "PosResolveRequest")
    record Resolve(@Size(max = 200) String note) {
    }

    @Schema(name = "PosSettingsRequest")
    record Settings(@NotNull @Min(1) @Max(168) Integer maxOfflineHours,
                    @NotNull @Min(0) @Max(MAX_FEN) Long maxOfflineAmountFen, @NotNull @Min(0) Integer version) {
    }
}
