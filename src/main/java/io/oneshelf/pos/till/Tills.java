package io.oneshelf.pos.till;

import io.oneshelf.platform.Ids;
import io.oneshelf.pos.snapshot.TillPlaces;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tills of the brands' stores ({@code pos_till}); the till cache finds a till's store here. */
@Repository
class Tills implements TillPlaces {

    private final JdbcClient jdbc;

    Tills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Till> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from pos_till where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(Tills::till).optional();
    }

    @Override
    public Optional<UUID> storeOf(UUID brandId, UUID tillId) {
        return find(brandId, tillId).map(Till::storeId);
    }

    /** The tills of these stores, by store then code. */
    List<Till> ofStores(UUID brandId, Collection<UUID> storeIds) {
        return jdbc.sql("""
                select * from pos_till where tenant_id = :tenant and store_id = any(:stores) order by store_id, code""")
                .param("tenant", brandId).param("stores", storeIds.toArray(UUID[]::new)).query(Tills::till).list();
    }

    /** A new till; false when the store has a till of that code already. */
    boolean insert(Till t) {
        return jdbc.sql("""
                insert into pos_till(id, tenant_id, store_id, code, name, active, version, created_at)
                values (:id, :tenant, :store, :code, :name, :active, 0, now()) on conflict do nothing""")
                .param("id", t.id()).param("tenant", t.brandId()).param("store", t.storeId()).param("code", t.code())
                .param("name", t.name()).param("active", t.active()).update() == 1;
    }

    /** Renames or (de)activates the till if nobody changed it since {@code version}; false otherwise. */
    boolean update(UUID brandId, UUID id, String name, boolean active, int version) {
        return jdbc.sql("""
                update pos_till set name = :name, active = :active, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("name", name).param("active", active).param("tenant", brandId).param("id", id)
                .param("version", version).update() == 1;
    }

    static Till newTill(UUID brandId, UUID storeId, String code, String name) {
        return new Till(Ids.next(), brandId, storeId, code, name, true, 0);
    }

    private static Till till(ResultSet rs, int n) throws SQLException {
        return new Till(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("store_id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
