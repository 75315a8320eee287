package io.oneshelf.pos.till;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Sales put on hold at a till ({@code pos_held_sale}): the screen's cart as it was, until recalled. */
@Repository
class HeldSales {

    record HeldSale(UUID id, UUID tillId, String label, Map<String, Object> cart, OffsetDateTime heldAt, String staffName) {
    }

    private static final TypeReference<Map<String, Object>> CART = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HeldSales(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID brandId, HeldSale h, UUID staffId) {
        jdbc.sql("""
                insert into pos_held_sale(id, tenant_id, till_id, label, cart, staff_id, staff_name, held_at)
                values (:id, :tenant, :till, :label, cast(:cart as jsonb), :staff, :staffName, :at)""")
                .param("id", h.id()).param("tenant", brandId).param("till", h.tillId()).param("label", h.label())
                .param("cart", json.writeValueAsString(h.cart())).param("staff", staffId)
                .param("staffName", h.staffName()).param("at", h.heldAt()).update();
    }

    /** The till's held sales, oldest first (a till holds a few at a time). */
    List<HeldSale> ofTill(UUID tillId) {
        return jdbc.sql("select * from pos_held_sale where till_id = :till order by held_at, id")
                .param("till", tillId).query((rs, n) -> new HeldSale(rs.getObject("id", UUID.class),
                        rs.getObject("till_id", UUID.class), rs.getString("label"),
                        json.readValue(rs.getString("cart"), CART), rs.getObject("held_at", OffsetDateTime.class),
                        rs.getString("staff_name"))).list();
    }

    Optional<UUID> tillOf(UUID brandId, UUID id) {
        return jdbc.sql("select till_id from pos_held_sale where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(UUID.class).optional();
    }

    void delete(UUID brandId, UUID id) {
        jdbc.sql("delete from pos_held_sale where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).update();
    }
}
