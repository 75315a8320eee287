package io.oneshelf.member.privacy;

import io.oneshelf.member.Consents;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link Consents} from the recorded answers: the latest one per purpose and channel counts. */
@Component
class ConsentReads implements Consents {

    private final JdbcClient jdbc;

    ConsentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean granted(UUID brandId, UUID customerId, String purpose, String channel) {
        return jdbc.sql("""
                        select granted from customer_consent
                        where tenant_id = :brand and customer_id = :customer and purpose = :purpose
                          and channel = :channel
                        order by recorded_at desc, id desc limit 1""")
                .param("brand", brandId).param("customer", customerId).param("purpose", purpose)
                .param("channel", channel).query(Boolean.class).optional().orElse(false);
    }
}
