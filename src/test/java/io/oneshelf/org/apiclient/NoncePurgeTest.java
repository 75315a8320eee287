package io.oneshelf.org.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nonces past twice the clock tolerance can never be replayed and are purged, by two instances at once too. */
class NoncePurgeTest extends ApiTest {

    @Autowired
    ApiClients clients;

    @Test
    void nonces_older_than_twice_the_tolerance_go_and_recent_ones_stay() {
        Brand brand = brands.aBrand();
        String key = "purge-" + brand.code();
        brands.jdbc().sql("""
                insert into api_nonce(tenant_id, key_id, nonce, used_at)
                select :t, :key, 'old-' || i, now() - interval '1 hour' from generate_series(1, 7001) as i
                union all select :t, :key, 'recent', now()""")
                .param("t", brand.tenantId()).param("key", key).update();

        CompletableFuture.allOf(CompletableFuture.runAsync(clients::forgetOldNonces),
                CompletableFuture.runAsync(clients::forgetOldNonces)).join();

        assertThat(brands.jdbc().sql("select nonce from api_nonce where key_id = :key").param("key", key)
                .query(String.class).list()).containsExactly("recent");
    }
}
