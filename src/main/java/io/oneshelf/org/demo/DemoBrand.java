package io.oneshelf.org.demo;

import io.oneshelf.org.Brands;
import io.oneshelf.platform.Ids;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds "OneShelf Demo Tea & Bakery" once: HQ, two regions, three Shanghai stores (one franchised), a
 * warehouse and one account per role, and prints the sign-ins. Runs only with {@code oneshelf.demo.enabled}.
 * Runs first (order 1): the catalog's demo (2) and the stock's demo (3) build on this brand.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "oneshelf.demo.enabled", havingValue = "true")
class DemoBrand implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoBrand.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;

    DemoBrand(JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean seeded = transactions.execute(tx -> seedOnce());
        if (seeded) {
            log.info("Demo brand created");
        }
        printSignIns();
    }

    private boolean seedOnce() {
        UUID tenant = Ids.next();
        int inserted = jdbc.sql("""
                insert into tenant(id, code, name, currency, time_zone, created_at)
                values (:id, :code, 'OneShelf Demo Tea & Bakery', 'CNY', 'Asia/Shanghai', now())
                on conflict (code) do nothing""").param("id", tenant).param("code", Brands.DEMO).update();
        if (inserted == 0) {
            return false;
        }
        UUID puxi = region(tenant, "SH-PX", "上海浦西区域");
        UUID pudong = region(tenant, "SH-PD", "上海浦东区域");
        UUID franchisee = franchisee(tenant);
        UUID jingan = store(tenant, "SH001", "静安寺旗舰店", puxi, null, "上海市静安区南京西路1699号",
                "31.223500", "121.445300", "021-62880001");
        store(tenant, "SH002", "徐家汇店", puxi, null, "上海市徐汇区虹桥路1号", "31.195100", "121.437200",
                "021-64070002");
        store(tenant, "SH003", "陆家嘴加盟店", pudong, franchisee, "上海市浦东新区陆家嘴环路1000号",
                "31.239700", "121.499800", "021-50880003");
        warehouse(tenant, puxi);
        staff(tenant, "admin@demo", "周总部 HQ Admin", "HQ_ADMIN", "BRAND", tenant);
        staff(tenant, "region.puxi@demo", "吴区域 Region Manager", "REGION_MANAGER", "REGION", puxi);
        staff(tenant, "manager.jingan@demo", "郑店长 Store Manager", "STORE_MANAGER", "STORE", jingan);
        staff(tenant, "cashier.jingan@demo", "王收银 Cashier", "CASHIER", "STORE", jingan);
        staff(tenant, "guide.jingan@demo", "李导购 Guide", "GUIDE", "STORE", jingan);
        // two more guides at the flagship: one who serves customers, one whose customers were handed over (issue 14)
        staff(tenant, "guide2.jingan@demo", "赵导购 Guide", "GUIDE", "STORE", jingan);
        staff(tenant, "guide3.jingan@demo", "钱导购 Guide (left)", "GUIDE", "STORE", jingan);
        staff(tenant, "finance@demo", "陈财务 Finance", "FINANCE", "BRAND", tenant);
        staff(tenant, "franchisee@demo", "孙加盟 Franchisee Manager", "STORE_MANAGER", "FRANCHISEE", franchisee);
        return true;
    }

    private UUID region(UUID tenant, String code, String name) {
        UUID id = Ids.next();
        jdbc.sql("insert into region(id, tenant_id, code, name, created_at) values (:id, :t, :code, :name, now())")
                .param("id", id).param("t", tenant).param("code", code).param("name", name).update();
        return id;
    }

    private UUID franchisee(UUID tenant) {
        UUID id = Ids.next();
        jdbc.sql("""
                insert into franchisee(id, tenant_id, code, name, contact_name, contact_phone, created_at)
                values (:id, :t, 'F-PD01', '浦东甜品餐饮管理有限公司', '孙先生', '13800138003', now())""")
                .param("id", id).param("t", tenant).update();
        return id;
    }

    private UUID store(UUID tenant, String code, String name, UUID region, UUID franchisee, String address,
                       String lat, String lng, String phone) {
        UUID id = Ids.next();
        jdbc.sql("""
                insert into store(id, tenant_id, code, name, kind, region_id, franchisee_id, address, latitude,
                                  longitude, opens_at, closes_at, phone, status, version, created_at, updated_at)
                values (:id, :t, :code, :name, :kind, :region, :franchisee, :address, :lat, :lng, :opens, :closes,
                        :phone, 'OPEN', 0, now(), now())""")
                .param("id", id).param("t", tenant).param("code", code).param("name", name)
                .param("kind", franchisee == null ? "DIRECT" : "FRANCHISED").param("region", region)
                .param("franchisee", franchisee).param("address", address).param("lat", new BigDecimal(lat))
                .param("lng", new BigDecimal(lng)).param("opens", LocalTime.of(8, 0))
                .param("closes", LocalTime.of(22, 0)).param("phone", phone)
                .update();
        return id;
    }

    private void warehouse(UUID tenant, UUID region) {
        jdbc.sql("""
                insert into warehouse(id, tenant_id, code, name, region_id, address, latitude, longitude, status,
                                      version, created_at, updated_at)
                values (:id, :t, 'WH-SH01', '上海闵行中心仓', :region, '上海市闵行区莘庄工业区申富路588号',
                        31.112900, 121.381700, 'ACTIVE', 0, now(), now())""")
                .param("id", Ids.next()).param("t", tenant).param("region", region).update();
    }

    private void staff(UUID tenant, String login, String name, String role, String scopeType, UUID scopeId) {
        jdbc.sql("""
                insert into staff(id, tenant_id, login, display_name, password_hash, role, scope_type, scope_id,
                                  status, version, created_at, updated_at)
                values (:id, :t, :login, :name, :hash, :role, :scopeType, :scopeId, 'ACTIVE', 0, now(), now())""")
                .param("id", Ids.next()).param("t", tenant).param("login", login).param("name", name)
                .param("hash", passwords.encode(PASSWORD)).param("role", role).param("scopeType", scopeType)
                .param("scopeId", scopeId)
                .update();
    }

    private void printSignIns() {
        Map<String, String> accounts = new LinkedHashMap<>();
        jdbc.sql("select login, role, scope_type from staff s join tenant t on t.id = s.tenant_id"
                        + " where t.code = 'demo' and s.login like '%@demo' order by s.created_at")
                .query((rs, n) -> accounts.put(rs.getString(1), rs.getString(2) + " / " + rs.getString(3)))
                .list();
        StringBuilder sb = new StringBuilder("\n==== OneShelf demo sign-ins (password ").append(PASSWORD)
                .append(" unless changed) ====\n");
        accounts.forEach((login, role) -> sb.append(String.format("  %-24s %s%n", login, role)));
        log.info(sb.toString());
    }
}
