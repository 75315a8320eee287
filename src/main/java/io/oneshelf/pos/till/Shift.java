package io.oneshelf.pos.till;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A cashier's shift on a till: opened with a cash float, closed with the cash counted by denomination. While it
 * is open the till's sales and counter returns count in it; {@code expectedCashFen} and the count are kept when
 * it closes, so its report never changes afterwards.
 */
record Shift(UUID id, UUID brandId, UUID tillId, UUID storeId, UUID staffId, String staffName, Status status,
             long floatFen, OffsetDateTime openedAt, OffsetDateTime closedAt, Long expectedCashFen,
             Long countedCashFen, List<Count> counted, String note, int version) {

    enum Status { OPEN, CLOSED }

    /** So many notes or coins of one denomination (fen). */
    record Count(long denominationFen, long count) {

        long fen() {
            return Math.multiplyExact(denominationFen, count);
        }
    }

    /** The denominations a drawer holds, in fen: ¥100 … ¥1 notes, and 1 yuan, 5 jiao, 1 jiao coins. */
    static final List<Long> DENOMINATIONS = List.of(10000L, 5000L, 2000L, 1000L, 500L, 100L, 50L, 10L);

    Long overShortFen() {
        return countedCashFen == null || expectedCashFen == null ? null : countedCashFen - expectedCashFen;
    }
}
