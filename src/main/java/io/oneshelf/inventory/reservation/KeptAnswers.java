package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.HoldResult;
import io.oneshelf.inventory.IdempotencyKey;
import java.util.List;

/**
 * Where the answers to keyed hold commands are kept, written in the round's own transaction so that a key and
 * its hold commit together (decisions 0002, 0008). The round decides; the keeper only remembers, in whatever form
 * its callers replay (the HTTP answer, for {@link ReservationController}).
 */
interface KeptAnswers {

    /** What an earlier, committed command did with a key. */
    enum Earlier { NONE, SAME_COMMAND, OTHER_COMMAND }

    /** Per key, in the same order; takes no lock and writes nothing. */
    List<Earlier> find(List<IdempotencyKey> keys);

    /**
     * Keeps each key with its result. A key another transaction has taken meanwhile fails with a
     * {@link org.springframework.dao.ConcurrencyFailureException}: the round must roll back and run again.
     */
    void keep(List<IdempotencyKey> keys, List<HoldResult> results);

    /** Gives up keys kept in this transaction for commands that were then refused. */
    void forget(List<IdempotencyKey> keys);
}
