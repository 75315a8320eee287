package io.oneshelf.org.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.Ids;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Refresh tokens a day past their expiry are purged, spent or not, by two instances at once as well. */
class RefreshTokenPurgeTest extends ApiTest {

    @Autowired
    RefreshTokens tokens;

    @Test
    void tokens_a_day_past_expiry_go_and_live_or_lately_expired_ones_stay() {
        Brand brand = brands.aBrand();
        UUID staff = brands.jdbc().sql("select id from staff where tenant_id = :t order by id limit 1")
                .param("t", brand.tenantId()).query(UUID.class).single();
        token(brand, staff, "expired-long-ago-spent", "now() - interval '3 days'", true);
        token(brand, staff, "expired-long-ago", "now() - interval '25 hours'", false);
        token(brand, staff, "expired-lately", "now() - interval '1 hour'", true);
        token(brand, staff, "live", "now() + interval '14 days'", false);

        CompletableFuture.allOf(CompletableFuture.runAsync(tokens::forgetExpired),
                CompletableFuture.runAsync(tokens::forgetExpired)).join();

        assertThat(brands.jdbc().sql("select token_hash from refresh_token where staff_id = :s order by 1")
                .param("s", staff).query(String.class).list())
                .containsExactly("expired-lately", "live");
    }

    private void token(Brand brand, UUID staff, String hash, String expiresAt, boolean spent) {
        brands.jdbc().sql("insert into refresh_token(id, tenant_id, staff_id, token_hash, expires_at, revoked_at,"
                          + " created_at) values (:id, :t, :s, :h, " + expiresAt + ", "
                          + (spent ? "now()" : "null") + ", now() - interval '15 days')")
                .param("id", Ids.next()).param("t", brand.tenantId()).param("s", staff).param("h", hash).update();
    }
}
