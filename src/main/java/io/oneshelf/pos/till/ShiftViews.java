package io.oneshelf.pos.till;

import io.oneshelf.payment.Tender;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Shifts, their reports and a store's day as the API answers them; money in fen. */
final class ShiftViews {

    private ShiftViews() {
    }

    /** A shift in a list; {@code overShortFen} (counted − expected) null while it is open. */
    @Schema(name = "PosShift")
    record ShiftView(UUID id, UUID tillId, String tillName, UUID storeId, String storeName, UUID staffId,
                     String staffName, Shift.Status status, long floatFen, OffsetDateTime openedAt,
                     OffsetDateTime closedAt, int version, Long overShortFen) {
    }

    /** What one tender took in sales and gave back in refunds, and the difference. */
    @Schema(name = "PosTenderTotal")
    record TenderTotal(Tender tender, long salesFen, long refundsFen, long netFen) {
    }

    /**
     * A shift and its money: {@code expectedCashFen} = float + cash taken − change given − cash refunded;
     * {@code countedCashFen} and {@code overShortFen} (counted − expected) null while it is open.
     */
    @Schema(name = "PosShiftReport")
    record ShiftReport(UUID id, UUID tillId, String tillName, UUID storeId, String storeName, UUID staffId,
                       String staffName, Shift.Status status, long floatFen, OffsetDateTime openedAt,
                       OffsetDateTime closedAt, int version, long salesCount, long returnsCount, long salesFen,
                       long refundsFen, List<TenderTotal> tenders, long expectedCashFen, Long countedCashFen,
                       Long overShortFen, List<Shift.Count> counted, String note) {
    }

    /** A store's day (Z-report, 日結): its shifts opened that day and their money together. */
    @Schema(name = "PosZReport")
    record ZReport(UUID storeId, String storeName, LocalDate date, List<ShiftView> shifts, long salesCount,
                   long returnsCount, long salesFen, long refundsFen, List<TenderTotal> tenders, long overShortFen) {
    }
}
