package io.oneshelf.member.privacy;

import io.oneshelf.member.CustomerAnonymised;
import io.oneshelf.member.CustomerConsentRecorded;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's rights over their data (PIPL): consent per purpose and channel, recorded with time and source;
 * everything the member module keeps of them, as JSON; and deletion, done as anonymisation (the row and the amounts
 * other modules keep under its id stay, what identifies the person goes).
 */
@Service
class Privacy {

    enum Purpose { MARKETING, PROFILING }

    enum Channel { SMS, WECHAT, EMAIL, APP }

    /** One consent answer; {@code recordedAt} when and {@code source} through what it was given. */
    record Consent(Purpose purpose, Channel channel, boolean granted, String source, OffsetDateTime recordedAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Privacy(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    Consent record(UUID brand, UUID customerId, Purpose purpose, Channel channel, boolean granted, String source) {
        OffsetDateTime at = jdbc.sql("insert into customer_consent(id, tenant_id, customer_id, purpose, channel,"
                        + " granted, source, recorded_at) values (:id, :brand, :customer, :purpose, :channel,"
                        + " :granted, :source, now()) returning recorded_at")
                .param("id", Ids.next()).param("brand", brand).param("customer", customerId)
                .param("purpose", purpose.name()).param("channel", channel.name()).param("granted", granted)
                .param("source", source).query(OffsetDateTime.class).single();
        events.publishEvent(new CustomerConsentRecorded(brand, customerId, purpose.name(), channel.name(), granted,
                source, at));
        return new Consent(purpose, channel, granted, source, at);
    }

    /** The current answer per purpose and channel (the latest recorded). */
    List<Consent> current(UUID brand, UUID customerId) {
        return jdbc.sql("""
                        select distinct on (purpose, channel) purpose, channel, granted, source, recorded_at
                        from customer_consent where tenant_id = :brand and customer_id = :customer
                        order by purpose, channel, recorded_at desc, id desc""")
                .param("brand", brand).param("customer", customerId).query(Privacy::consent).list();
    }

    /** Every answer, newest first. */
    List<Consent> history(UUID brand, UUID customerId) {
        return jdbc.sql("select purpose, channel, granted, source, recorded_at from customer_consent"
                        + " where tenant_id = :brand and customer_id = :customer order by recorded_at desc, id desc"
                        + " limit 500")
                .param("brand", brand).param("customer", customerId).query(Privacy::consent).list();
    }

    /** Everything the member module keeps of the customer, for them to take away. */
    Map<String, Object> export(UUID brand, UUID customerId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer", jdbc.sql("select id, phone, name, card_number, source, registered_at, birthday_month,"
                        + " birthday_day, birthday_year from customer where tenant_id = :brand and id = :id").param("brand", brand).param("id", customerId)
                .query().singleRow());
        data.put("identities", rows("select kind, value, created_at from customer_identity", brand, customerId));
        data.put("addresses", rows("select recipient, phone, province, city, district, line, latitude, longitude,"
                + " preferred, created_at from customer_address", brand, customerId));
        data.put("tags", rows("select tag, source, created_at from customer_tag", brand, customerId));
        data.put("consents", rows("select purpose, channel, granted, source, recorded_at from customer_consent",
                brand, customerId));
        return data;
    }

    /** Anonymises the customer: phone, name, addresses, identities, tags and sessions gone, announced once. */
    @Transactional
    void anonymise(UUID brand, UUID customerId) {
        OffsetDateTime at = jdbc.sql("update customer set phone = null, name = null, birthday_month = null, birthday_day = null,"
                        + " birthday_year = null, anonymised_at = now(),"
                        + " updated_at = now() where tenant_id = :brand and id = :id and anonymised_at is null"
                        + " returning anonymised_at")
                .param("brand", brand).param("id", customerId).query(OffsetDateTime.class).optional()
                .orElseThrow(() -> Rejection.notFound("customer"));
        for (String table : List.of("customer_address", "customer_identity", "customer_tag")) {
            jdbc.sql("delete from " + table + " where tenant_id = :brand and customer_id = :id")
                    .param("brand", brand).param("id", customerId).update();
        }
        jdbc.sql("update customer_refresh_token set revoked_at = now() where customer_id = :id and revoked_at is null")
                .param("id", customerId).update();
        events.publishEvent(new CustomerAnonymised(brand, customerId, at));
    }

    private List<Map<String, Object>> rows(String select, UUID brand, UUID customerId) {
        return jdbc.sql(select + " where tenant_id = :brand and customer_id = :id").param("brand", brand)
                .param("id", customerId).query().listOfRows();
    }

    private static Consent consent(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Consent(Purpose.valueOf(rs.getString("purpose")), Channel.valueOf(rs.getString("channel")),
                rs.getBoolean("granted"), rs.getString("source"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
