package io.oneshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalog's in-process SKU lookup, as the stock and order modules call it. */
class SkuCatalogTest extends ApiTest {

    @Autowired
    SkuCatalog catalog;

    @Autowired
    SkuFixture skus;

    @Test
    void finds_skus_by_id_code_and_barcode_with_product_name_specs_and_active_flag() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String code = brands.jdbc().sql("select code from sku where id = :id").param("id", sku)
                .query(String.class).single();
        brands.jdbc().sql("update sku set specs = '{\"杯型\": \"大杯\"}'::jsonb, status = 'DISCONTINUED' where id = :id")
                .param("id", sku).update();
        brands.jdbc().sql("insert into barcode(tenant_id, code, sku_id) values (:t, '6900000000017', :sku)")
                .param("t", brand.tenantId()).param("sku", sku).update();

        SkuRef byId = catalog.find(brand.tenantId(), List.of(sku, UUID.randomUUID())).get(sku);
        assertThat(byId.code()).isEqualTo(code);
        assertThat(byId.productName()).startsWith("Oolong ");
        assertThat(byId.specs()).isEqualTo(Map.of("杯型", "大杯"));
        assertThat(byId.active()).isFalse();
        assertThat(catalog.findByCodes(brand.tenantId(), List.of(code, "NO-SUCH-CODE"))).containsOnlyKeys(code);
        assertThat(catalog.findByBarcode(brand.tenantId(), "6900000000017")).contains(byId);
    }

    @Test
    void another_brands_skus_are_not_found() {
        Brand brand = brands.aBrand();
        Brand other = brands.aBrand();
        UUID sku = skus.aSku(brand);

        assertThat(catalog.find(other.tenantId(), List.of(sku))).isEmpty();
        assertThat(catalog.findByBarcode(other.tenantId(), "6900000000017")).isEmpty();
    }
}
