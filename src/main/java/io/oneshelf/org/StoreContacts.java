package io.oneshelf.org;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a store is written on paper for its customers (a receipt's header): its name, street address and phone, for
 * other modules. A store of another brand is none.
 */
@Component
public class StoreContacts {

    private final JdbcClient jdbc;

    StoreContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The store's name, address and phone (null when it has none). */
    public record StoreContact(UUID id, String name, String address, String phone) {
    }

    public Optional<StoreContact> of(UUID tenantId, UUID storeId) {
        return jdbc.sql("select id, name, address, phone from store where tenant_id = :tenant and id = :id")
                .param("tenant", tenantId).param("id", storeId)
                .query((rs, n) -> new StoreContact(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("address"), rs.getString("phone"))).optional();
    }
}
