package io.oneshelf.inventory.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransferPlacesTest extends ApiTest {

    @Test
    void a_store_manager_may_name_their_store_and_the_brands_warehouses_but_no_other_store() {
        Brand brand = brands.aBrand();
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);

        Map<String, Boolean> inScopeById = new HashMap<>();
        api.get("/api/v1/stock/transfer-places", manager).body()
                .forEach(p -> inScopeById.put(p.get("id").asString(), p.get("inScope").asBoolean()));

        assertThat(inScopeById).containsOnly(Map.entry(brand.storeId().toString(), true),
                Map.entry(brand.warehouseId().toString(), false));
    }
}
