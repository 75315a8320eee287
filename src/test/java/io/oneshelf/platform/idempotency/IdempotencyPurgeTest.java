package io.oneshelf.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.BatchedDelete;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Idempotency keys older than their retry window are purged in batches, by two instances at once as well. */
class IdempotencyPurgeTest extends ApiTest {

    @Autowired
    IdempotencyRecords records;

    @Test
    void keys_older_than_a_day_go_in_batches_even_with_two_purgers_at_once_and_newer_ones_stay() {
        Brand brand = brands.aBrand();
        UUID actor = UUID.randomUUID();
        int old = 2 * BatchedDelete.BATCH + 17;
        brands.jdbc().sql("""
                insert into idempotency_record(tenant_id, actor_id, idem_key, request_hash, created_at)
                select :tenant, :actor, 'old-' || i, 'h', now() - interval '25 hours' - i * interval '1 second'
                from generate_series(1, :old) as i
                union all
                select :tenant, :actor, 'recent-' || i, 'h', now() - interval '23 hours'
                from generate_series(1, 3) as i""")
                .param("tenant", brand.tenantId()).param("actor", actor).param("old", old).update();

        CompletableFuture.allOf(CompletableFuture.runAsync(records::forgetOldKeys),
                CompletableFuture.runAsync(records::forgetOldKeys)).join();

        assertThat(brands.jdbc().sql("select idem_key from idempotency_record where actor_id = :actor order by 1")
                .param("actor", actor).query(String.class).list())
                .containsExactly("recent-1", "recent-2", "recent-3");
    }
}
