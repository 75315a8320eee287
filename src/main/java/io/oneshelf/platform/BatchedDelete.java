package io.oneshelf.platform;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the rows a table no longer needs, a batch at a time, each batch its own short transaction: a purge never
 * holds many locks or one long transaction, and writers never wait long behind it. The statement picks its batch
 * with {@code for update skip locked}, so several server instances purging at once share the rows instead of
 * waiting for each other, and none deletes a row twice.
 */
public final class BatchedDelete {

    public static final int BATCH = 5_000;

    private BatchedDelete() {
    }

    /**
     * Runs {@code sql} (a delete of at most {@code :batch} rows) until a batch comes back short; answers how many rows
     * went. Call it outside any transaction.
     */
    public static long run(JdbcClient jdbc, String sql, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("batch", BATCH);
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).params(all).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
