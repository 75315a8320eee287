package io.oneshelf.distribution.network;

import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' bindings to referrers ({@code distribution_binding}): one current row each, every ended one kept. */
@Repository
public class ReferralStore {

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's current row (it may have expired), locked until the transaction ends. */
    Optional<Referral> lockCurrent(UUID brand, UUID customer) {
        return jdbc.sql("select * from distribution_binding where tenant_id = :brand and customer_id = :customer"
                        + " and ended_at is null for update")
                .param("brand", brand).param("customer", customer).query(ReferralStore::map).optional();
    }

    void end(UUID id, OffsetDateTime at) {
        jdbc.sql("update distribution_binding set ended_at = :at where id = :id and ended_at is null")
                .param("id", id).param("at", at).update();
    }

    /** Starts a binding unless the customer has a current one (the unique key): the new row, or empty. */
    Optional<Referral> start(UUID brand, UUID customer, UUID distributor, String source, OffsetDateTime at,
                             OffsetDateTime expires) {
        return jdbc.sql("""
                        insert into distribution_binding(id, tenant_id, customer_id, distributor_id, source,
                                                         started_at, expires_at)
                        values (:id, :brand, :customer, :distributor, :source, :at, :expires)
                        on conflict (tenant_id, customer_id) where ended_at is null do nothing
                        returning *""")
                .param("id", Ids.next()).param("brand", brand).param("customer", customer)
                .param("distributor", distributor).param("source", source).param("at", at)
                .param("expires", expires).query(ReferralStore::map).optional();
    }

    /** The binding in force at {@code at}, if any (the history answers for an order placed earlier). */
    public Optional<Referral> at(UUID brand, UUID customer, OffsetDateTime at) {
        return jdbc.sql("""
                        select * from distribution_binding where tenant_id = :brand and customer_id = :customer
                          and started_at <= :at and expires_at > :at and (ended_at is null or ended_at > :at)
                        order by started_at desc limit 1""")
                .param("brand", brand).param("customer", customer).param("at", at)
                .query(ReferralStore::map).optional();
    }

    public List<Referral> history(UUID brand, UUID customer) {
        return jdbc.sql("select * from distribution_binding where tenant_id = :brand and customer_id = :customer"
                        + " order by started_at desc, id desc limit 100")
                .param("brand", brand).param("customer", customer).query(ReferralStore::map).list();
    }

    /** The customers bound to the distributor now, newest first. */
    public List<Referral> team(UUID brand, UUID distributor, UUID before, int limit) {
        return jdbc.sql("""
                        select * from distribution_binding where tenant_id = :brand and distributor_id = :distributor
                          and ended_at is null and expires_at > now()
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("distributor", distributor).param("before", before)
                .param("limit", limit).query(ReferralStore::map).list();
    }

    static Referral map(ResultSet rs, int n) throws SQLException {
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("distributor_id", UUID.class), rs.getString("source"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class));
    }
}
