package io.oneshelf.settlement.ledger;

import io.oneshelf.settlement.Owner;
import java.util.UUID;

/**
 * What the ledger holds for one order line: its first entry (the obligation the others correct), who owes whom,
 * the rate it was settled at, and the sums of its entries.
 */
record LineBook(int lineIndex, UUID firstId, Owner debtor, Owner creditor, int ratePercent, LineDue recorded) {
}
