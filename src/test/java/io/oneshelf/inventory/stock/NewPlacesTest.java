package io.oneshelf.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.org.WarehouseCreated;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import tools.jackson.databind.JsonNode;

/**
 * Inventory reacts to org's events through the event publication registry (the outbox of in-process listeners):
 * a new place joins the stock pool by itself, and a listener that failed completes when its publication is
 * resubmitted, as it would after a restart.
 */
class NewPlacesTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void a_new_direct_store_shares_its_stock_with_online_and_a_franchised_one_keeps_it_to_itself() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String direct = createStore(admin, brand, "DIRECT", null);
        String franchised = createStore(admin, brand, "FRANCHISED", brand.franchiseeId().toString());

        assertThat(settled(admin, direct).get("sharedWithOnline").asBoolean()).isTrue();
        assertThat(settled(admin, franchised).get("sharedWithOnline").asBoolean()).isFalse();
        assertThat(settled(admin, direct).get("safetyStock").asLong()).isZero();
    }

    @Test
    void a_listener_that_failed_completes_when_its_publication_is_resubmitted() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        refuseStockSettingsOf(brand);
        String warehouse;
        try {
            warehouse = createWarehouse(admin, brand);
            Eventually.until("the listener to fail", Duration.ofSeconds(10), () -> failedPublications(brand),
                    n -> n == 1);
            assertThat(location(admin, warehouse).get("configured").asBoolean()).isFalse();
        } finally {
            allowStockSettings();
        }

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof WarehouseCreated w
                                                       && w.brandId().equals(brand.tenantId()));

        assertThat(settled(admin, warehouse).get("sharedWithOnline").asBoolean()).isTrue();
        Eventually.until("the publication to complete (and be deleted)", Duration.ofSeconds(10),
                () -> publications(brand), n -> n == 0);
    }

    private JsonNode settled(String admin, String place) {
        return Eventually.until("the stock settings of " + place, Duration.ofSeconds(10), () -> location(admin, place),
                l -> l.get("configured").asBoolean());
    }

    private JsonNode location(String admin, String place) {
        Reply reply = api.get("/api/v1/stock-locations/" + place, admin);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private String createStore(String admin, Brand brand, String kind, String franchisee) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("code", "N" + System.nanoTime() % 1_000_000,
                "name", "New " + kind, "kind", kind, "regionId", brand.regionId(), "address", "Road 2",
                "latitude", 31.2, "longitude", 121.4, "opensAt", "09:00", "closesAt", "21:00"));
        if (franchisee != null) {
            body.put("franchiseeId", franchisee);
        }
        Reply store = api.post("/api/v1/stores", admin, body);
        assertThat(store.status()).as(store.toString()).isEqualTo(201);
        return store.id();
    }

    private String createWarehouse(String admin, Brand brand) {
        Reply warehouse = api.post("/api/v1/warehouses", admin, Map.of("code", "NW" + System.nanoTime() % 1_000_000,
                "name", "New warehouse", "regionId", brand.regionId(), "address", "Dock 1", "latitude", 31.2,
                "longitude", 121.4));
        assertThat(warehouse.status()).as(warehouse.toString()).isEqualTo(201);
        return warehouse.id();
    }

    /** The listener's write fails for this brand only, as a database outage would. */
    private void refuseStockSettingsOf(Brand brand) {
        jdbc.sql("""
                create or replace function refuse_stock_settings() returns trigger language plpgsql as $$
                begin raise exception 'stock settings refused for the test'; end $$""").update();
        jdbc.sql("create trigger refuse_stock_settings before insert on stock_location for each row"
                 + " when (new.tenant_id = '" + brand.tenantId() + "') execute function refuse_stock_settings()")
                .update();
    }

    private void allowStockSettings() {
        jdbc.sql("drop trigger if exists refuse_stock_settings on stock_location").update();
    }

    private long publications(Brand brand) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :brand")
                .param("brand", "%" + brand.tenantId() + "%").query(Long.class).single();
    }

    private long failedPublications(Brand brand) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :brand"
                        + " and completion_date is null and status = 'FAILED'")
                .param("brand", "%" + brand.tenantId() + "%").query(Long.class).single();
    }
}
