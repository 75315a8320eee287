package io.oneshelf.support;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes whole brands for tests, straight in the database (there is no public "create brand" call): a region
 * with a direct store, a second region with a franchised store, a warehouse, and one account per role.
 */
@Component
public class BrandFixture {

    public static final String PASSWORD = "Passw0rd!";
    private static final AtomicInteger sequence = new AtomicInteger();

    private final JdbcClient jdbc;
    private final String passwordHash;

    BrandFixture(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwordHash = passwords.encode(PASSWORD);
    }

    /** Ids and sign-ins of a test brand. Logins are {@code role.suffix@brand}. */
    public record Brand(String code, UUID tenantId, UUID regionId, UUID otherRegionId, UUID storeId,
                        UUID otherStoreId, UUID franchiseeId, UUID warehouseId) {

        public String login(String who) {
            return who + "@" + code;
        }
    }

    public Brand aBrand() {
        String code = "t" + System.nanoTime() % 1_000_000_000L + "x" + sequence.incrementAndGet();
        UUID tenant = UUID.randomUUID();
        jdbc.sql("insert into tenant(id, code, name, currency, time_zone, created_at) values (:id, :code, :name,"
                        + " 'CNY', 'Asia/Shanghai', now())")
                .param("id", tenant).param("code", code).param("name", "Brand " + code).update();
        UUID region = insert("region", tenant, "R1-" + code, "Region One " + code);
        UUID otherRegion = insert("region", tenant, "R2-" + code, "Region Two " + code);
        UUID franchisee = UUID.randomUUID();
        jdbc.sql("insert into franchisee(id, tenant_id, code, name, created_at) values (:id, :t, :c, :n, now())")
                .param("id", franchisee).param("t", tenant).param("c", "F-" + code).param("n", "Franchisee " + code)
                .update();
        UUID store = store(tenant, "S1-" + code, "Store One " + code, region, null);
        UUID otherStore = store(tenant, "S2-" + code, "Store Two " + code, otherRegion, franchisee);
        UUID warehouse = UUID.randomUUID();
        jdbc.sql("""
                insert into warehouse(id, tenant_id, code, name, region_id, address, latitude, longitude, status,
                                      version, created_at, updated_at)
                values (:id, :t, :c, :n, :r, 'Somewhere 1', 31.1, 121.4, 'ACTIVE', 0, now(), now())""")
                .param("id", warehouse).param("t", tenant).param("c", "W-" + code).param("n", "Warehouse " + code)
                .param("r", region).update();
        Brand brand = new Brand(code, tenant, region, otherRegion, store, otherStore, franchisee, warehouse);
        staff(brand, "admin", "HQ_ADMIN", "BRAND", tenant);
        staff(brand, "region", "REGION_MANAGER", "REGION", region);
        staff(brand, "manager", "STORE_MANAGER", "STORE", store);
        staff(brand, "othermanager", "STORE_MANAGER", "STORE", otherStore);
        staff(brand, "franchisee", "STORE_MANAGER", "FRANCHISEE", franchisee);
        staff(brand, "cashier", "CASHIER", "STORE", store);
        staff(brand, "guide", "GUIDE", "STORE", store);
        staff(brand, "finance", "FINANCE", "BRAND", tenant);
        return brand;
    }

    /** One more staff member of the brand, signing in as {@code who@brand} with {@link #PASSWORD}. */
    public void aStaffMember(Brand brand, String who, String role, String scopeType, UUID scopeId) {
        staff(brand, who, role, scopeType, scopeId);
    }

    public long count(String table, UUID tenantId) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :t").param("t", tenantId)
                .query(Long.class).single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    private UUID insert(String table, UUID tenant, String code, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into " + table + "(id, tenant_id, code, name, created_at) values (:id, :t, :c, :n, now())")
                .param("id", id).param("t", tenant).param("c", code).param("n", name).update();
        return id;
    }

    private UUID store(UUID tenant, String code, String name, UUID region, UUID franchisee) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into store(id, tenant_id, code, name, kind, region_id, franchisee_id, address, latitude,
                                  longitude, opens_at, closes_at, status, version, created_at, updated_at)
                values (:id, :t, :c, :n, :k, :r, :f, 'Road 1', :lat, :lng, :o, :cl, 'OPEN', 0, now(), now())""")
                .param("id", id).param("t", tenant).param("c", code).param("n", name)
                .param("k", franchisee == null ? "DIRECT" : "FRANCHISED").param("r", region).param("f", franchisee)
                .param("lat", new BigDecimal("31.2")).param("lng", new BigDecimal("121.4"))
                .param("o", LocalTime.of(9, 0)).param("cl", LocalTime.of(21, 0))
                .update();
        return id;
    }

    private void staff(Brand brand, String who, String role, String scopeType, UUID scopeId) {
        jdbc.sql("""
                insert into staff(id, tenant_id, login, display_name, password_hash, role, scope_type, scope_id,
                                  status, version, created_at, updated_at)
                values (:id, :t, :login, :name, :hash, :role, :st, :sid, 'ACTIVE', 0, now(), now())""")
                .param("id", UUID.randomUUID()).param("t", brand.tenantId()).param("login", brand.login(who))
                .param("name", who + " of " + brand.code()).param("hash", passwordHash).param("role", role)
                .param("st", scopeType).param("sid", scopeId)
                .update();
    }
}
