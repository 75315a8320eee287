package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.Ids;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brands' top-up plans ({@code wallet_plan}), with optimistic versions. */
@Repository
class WalletPlans {

    private final JdbcClient jdbc;

    WalletPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WalletPlan> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from wallet_plan where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id)
                .query((rs, n) -> plan(rs)).optional();
    }

    /** The brand's plans by id after {@code after} (only active ones when {@code activeOnly}), at most {@code limit}. */
    List<WalletPlan> page(UUID brandId, boolean activeOnly, UUID after, int limit) {
        return jdbc.sql("select * from wallet_plan where tenant_id = :tenant and id > :after"
                        + (activeOnly ? " and active" : "") + " order by id limit :limit")
                .param("tenant", brandId).param("after", after).param("limit", limit)
                .query((rs, n) -> plan(rs)).list();
    }

    WalletPlan create(UUID brandId, String name, long pay, long bonus, boolean active) {
        UUID id = Ids.next();
        jdbc.sql("""
                insert into wallet_plan(id, tenant_id, name, pay, bonus, active, version, created_at, updated_at)
                values (:id, :tenant, :name, :pay, :bonus, :active, 1, now(), now())""")
                .param("id", id).param("tenant", brandId).param("name", name).param("pay", pay)
                .param("bonus", bonus).param("active", active).update();
        return find(brandId, id).orElseThrow();
    }

    /** Saves the plan if nobody changed it since {@code version}; false otherwise. */
    boolean update(UUID brandId, UUID id, String name, long pay, long bonus, boolean active, int version) {
        return jdbc.sql("""
                update wallet_plan set name = :name, pay = :pay, bonus = :bonus, active = :active,
                       version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("tenant", brandId).param("id", id).param("name", name).param("pay", pay)
                .param("bonus", bonus).param("active", active).param("version", version).update() == 1;
    }

    boolean delete(UUID brandId, UUID id) {
        return jdbc.sql("delete from wallet_plan where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).update() == 1;
    }

    private static WalletPlan plan(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WalletPlan(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("pay"),
                rs.getLong("bonus"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
