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

/** The brands' distributors ({@code distributor}): one per customer, one share code each. */
@Repository
public class DistributorStore {

    private final JdbcClient jdbc;

    DistributorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new application unless the customer has one (the unique key): the row now. */
    Distributor apply(UUID brand, UUID customer, String code, UUID inviter, String payee) {
        jdbc.sql("""
                        insert into distributor(id, tenant_id, customer_id, code, level, status, inviter_id, payee,
                                                applied_at, version)
                        values (:id, :brand, :customer, :code, 1, 'PENDING', :inviter, :payee, now(), 1)
                        on conflict (tenant_id, customer_id) do nothing""")
                .param("id", Ids.next()).param("brand", brand).param("customer", customer).param("code", code)
                .param("inviter", inviter).param("payee", payee).update();
        return ofCustomer(brand, customer).orElseThrow();
    }

    public Optional<Distributor> find(UUID brand, UUID id) {
        return jdbc.sql("select * from distributor where tenant_id = :brand and id = :id")
                .param("brand", brand).param("id", id).query(DistributorStore::map).optional();
    }

    /** The distributor, its row locked until the transaction ends (their balance is decided one at a time). */
    public Optional<Distributor> lock(UUID brand, UUID id) {
        return jdbc.sql("select * from distributor where tenant_id = :brand and id = :id for update")
                .param("brand", brand).param("id", id).query(DistributorStore::map).optional();
    }

    public Optional<Distributor> ofCustomer(UUID brand, UUID customer) {
        return jdbc.sql("select * from distributor where tenant_id = :brand and customer_id = :customer")
                .param("brand", brand).param("customer", customer).query(DistributorStore::map).optional();
    }

    public Optional<Distributor> byCode(UUID brand, String code) {
        return jdbc.sql("select * from distributor where tenant_id = :brand and code = :code")
                .param("brand", brand).param("code", code == null ? "" : code.trim().toUpperCase())
                .query(DistributorStore::map).optional();
    }

    List<Distributor> list(UUID brand, Distributor.Status status, UUID before, int limit) {
        return jdbc.sql("""
                        select * from distributor where tenant_id = :brand
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("status", status == null ? null : status.name())
                .param("before", before).param("limit", limit).query(DistributorStore::map).list();
    }

    /** The distributors {@code inviter} invited, newest first. */
    public List<Distributor> invited(UUID brand, UUID inviter, int limit) {
        return jdbc.sql("select * from distributor where tenant_id = :brand and inviter_id = :inviter"
                        + " order by id desc limit :limit")
                .param("brand", brand).param("inviter", inviter).param("limit", limit)
                .query(DistributorStore::map).list();
    }

    boolean decide(UUID brand, UUID id, Distributor.Status status, int level, UUID by, int version) {
        return jdbc.sql("""
                        update distributor set status = :status, level = :level, decided_at = now(),
                                               decided_by = :by, version = version + 1
                        where tenant_id = :brand and id = :id and version = :version""")
                .param("brand", brand).param("id", id).param("status", status.name()).param("level", level)
                .param("by", by).param("version", version).update() == 1;
    }

    /** A rejected applicant applies again: pending once more, with the inviter and payee they give now. */
    boolean reapply(UUID brand, UUID id, UUID inviter, String payee) {
        return jdbc.sql("""
                        update distributor set status = 'PENDING', inviter_id = :inviter, payee = :payee,
                                               applied_at = now(), decided_at = null, decided_by = null,
                                               version = version + 1
                        where tenant_id = :brand and id = :id and status = 'REJECTED'""")
                .param("brand", brand).param("id", id).param("inviter", inviter).param("payee", payee)
                .update() == 1;
    }

    static Distributor map(ResultSet rs, int n) throws SQLException {
        return new Distributor(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("code"), rs.getInt("level"), Distributor.Status.valueOf(rs.getString("status")),
                rs.getObject("inviter_id", UUID.class), rs.getString("payee"),
                rs.getObject("applied_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getObject("decided_by", UUID.class), rs.getInt("version"));
    }
}
