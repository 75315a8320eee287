package io.oneshelf.catalog;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.aMilkTea;
import static io.oneshelf.catalog.CatalogFixture.aProduct;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductApiTest extends ApiTest {

    private Brand brand;
    private String admin;
    private String drinks;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        drinks = aCategory(api, admin, "DRINK", "飲品", null);
    }

    private List<String> codesFound(String query) {
        Reply reply = api.get("/api/v1/products?" + query, admin);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().get("items").findValuesAsString("code");
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void a_product_with_spec_attributes_is_created_as_a_draft_with_one_sku_per_combination() {
        String barcode = anEan13();

        Reply product = aProduct(api, admin, aMilkTea("MT01", drinks, barcode));

        assertThat(product.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(product.body().get("skus").findValuesAsString("code"))
                .containsExactly("MT01-1", "MT01-2", "MT01-3", "MT01-LH");
        assertThat(product.body().get("skus").get(3).get("name").asString()).isEqualTo("珍珠奶茶 大杯 熱");
        assertThat(product.body().get("skus").get(3).get("barcodes").get(0).asString()).isEqualTo(barcode);
        Reply read = api.get("/api/v1/products/" + product.id(), admin);
        assertThat(read.body().get("skus").get(1).get("specs").get("溫度").asString()).isEqualTo("熱");
        assertThat(brands.count("sku", brand.tenantId())).isEqualTo(4);
    }

    @Test
    void products_are_found_by_a_chinese_fragment_a_code_and_an_exact_barcode() {
        String barcode = anEan13();
        aProduct(api, admin, aMilkTea("MT01", drinks, barcode));
        aProduct(api, admin, Map.of("code", "CK01", "name", "抹茶千層蛋糕", "categoryId", drinks, "unit", "塊"));

        assertThat(codesFound("q=" + encoded("奶茶"))).containsExactly("MT01");
        assertThat(codesFound("q=" + encoded("千層"))).containsExactly("CK01");
        assertThat(codesFound("q=" + encoded("大杯 熱"))).containsExactly("MT01");
        assertThat(codesFound("q=ck0")).containsExactly("CK01");
        assertThat(codesFound("q=" + barcode)).containsExactly("MT01");
        assertThat(codesFound("q=" + encoded("咖啡"))).isEmpty();
    }

    @Test
    void products_are_found_by_one_chinese_character_a_sku_code_and_a_literal_percent_sign() {
        aProduct(api, admin, aMilkTea("MT01", drinks, anEan13()));
        aProduct(api, admin, Map.of("code", "CK01", "name", "抹茶千層蛋糕", "categoryId", drinks, "unit", "塊"));
        aProduct(api, admin, Map.of("code", "GF01", "name", "100%葡萄汁", "categoryId", drinks, "unit", "瓶"));

        assertThat(codesFound("q=" + encoded("茶"))).containsExactly("MT01", "CK01");
        assertThat(codesFound("q=" + encoded("糕"))).containsExactly("CK01");
        assertThat(codesFound("q=" + encoded("熱"))).containsExactly("MT01");
        assertThat(codesFound("q=mt01-lh")).containsExactly("MT01");
        assertThat(codesFound("q=" + encoded("0%葡"))).containsExactly("GF01");
        assertThat(codesFound("q=" + encoded("%"))).containsExactly("GF01");
        assertThat(codesFound("q=" + encoded("茶") + "&categoryId=" + drinks + "&status=DRAFT"))
                .containsExactly("MT01", "CK01");
    }

    @Test
    void a_renamed_product_is_found_by_its_new_name_and_a_barcode_added_later_finds_its_product() {
        Reply product = aProduct(api, admin, aMilkTea("MT01", drinks, anEan13()));
        String medium = product.body().get("skus").get(0).get("id").asString();
        String later = anEan13();

        api.put("/api/v1/products/" + product.id(), admin, Map.of("name", "黑糖波波鮮奶", "categoryId", drinks,
                "unit", "杯", "version", 0));
        api.post("/api/v1/skus/" + medium + "/barcodes", admin, Map.of("code", later));

        assertThat(codesFound("q=" + encoded("波波"))).containsExactly("MT01");
        assertThat(codesFound("q=" + encoded("黑"))).containsExactly("MT01");
        assertThat(codesFound("q=" + later)).containsExactly("MT01");
    }

    @Test
    void the_demo_catalog_written_in_bulk_is_found_by_two_characters() {
        String demoAdmin = api.login("admin@demo", "Demo@2026");

        Reply reply = api.get("/api/v1/products?q=" + encoded("龙井"), demoAdmin);

        assertThat(reply.body().get("items").findValuesAsString("name")).isNotEmpty()
                .allMatch(name -> name.contains("龙井"));
    }

    @Test
    void filters_by_category_include_sub_categories_and_filter_by_status_and_channel() {
        String tea = aCategory(api, admin, "TEA", "奶茶", drinks);
        String cakes = aCategory(api, admin, "CAKE", "蛋糕", null);
        aProduct(api, admin, aMilkTea("MT01", tea, anEan13()));
        aProduct(api, admin, Map.of("code", "CK01", "name", "抹茶千層", "categoryId", cakes, "unit", "塊",
                "channels", List.of("GROUP_BUY")));

        assertThat(codesFound("categoryId=" + drinks)).containsExactly("MT01");
        assertThat(codesFound("categoryId=" + cakes)).containsExactly("CK01");
        assertThat(codesFound("channel=GROUP_BUY")).containsExactly("CK01");
        assertThat(codesFound("status=DRAFT")).containsExactlyInAnyOrder("MT01", "CK01");
        assertThat(codesFound("status=ON_SHELF")).isEmpty();
    }

    @Test
    void a_scanned_barcode_answers_its_sku_and_a_duplicate_barcode_is_a_409_on_code() {
        String barcode = anEan13();
        Reply product = aProduct(api, admin, aMilkTea("MT01", drinks, barcode));
        String medium = product.body().get("skus").get(0).get("id").asString();

        Reply scanned = api.get("/api/v1/barcodes/" + barcode, admin);
        Reply duplicate = api.post("/api/v1/skus/" + medium + "/barcodes", admin, Map.of("code", barcode));

        assertThat(scanned.body().get("skuCode").asString()).isEqualTo("MT01-LH");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void a_sku_carries_several_barcodes_and_a_wrong_check_digit_is_refused() {
        Reply product = aProduct(api, admin, aMilkTea("MT01", drinks, anEan13()));
        String medium = product.body().get("skus").get(0).get("id").asString();
        String first = anEan13();

        api.post("/api/v1/skus/" + medium + "/barcodes", admin, Map.of("code", first));
        Reply second = api.post("/api/v1/skus/" + medium + "/barcodes", admin, Map.of("code", "96385074"));
        String wrong = first.substring(0, 12) + (char) ('0' + (first.charAt(12) - '0' + 1) % 10);
        Reply bad = api.post("/api/v1/skus/" + medium + "/barcodes", admin, Map.of("code", wrong));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("barcodes").size()).isEqualTo(2);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        Reply removed = api.send("DELETE", "/api/v1/skus/" + medium + "/barcodes/" + first, admin, null, "del-" + first);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/barcodes/" + first, admin).status()).isEqualTo(404);
    }

    @Test
    void a_product_without_list_prices_cannot_go_on_shelf() {
        Reply product = aProduct(api, admin, aMilkTea("MT01", drinks, anEan13()));

        Reply reply = api.post("/api/v1/products/" + product.id() + "/on-shelf", admin, Map.of());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("skus");
        assertThat(api.get("/api/v1/products/" + product.id(), admin).body().get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void editing_a_product_needs_the_current_version_and_a_category_of_the_brand() {
        Reply product = aProduct(api, admin, aMilkTea("MT01", drinks, anEan13()));
        Map<String, Object> edit = Map.of("name", "黑糖珍珠奶茶", "categoryId", drinks, "unit", "杯", "version", 0,
                "channels", List.of("POS"));

        Reply edited = api.put("/api/v1/products/" + product.id(), admin, edit);
        Reply stale = api.put("/api/v1/products/" + product.id(), admin, edit);

        assertThat(edited.body().get("name").asString()).isEqualTo("黑糖珍珠奶茶");
        assertThat(edited.body().get("channels").toString()).isEqualTo("[\"POS\"]");
        assertThat(stale.status()).isEqualTo(409);
    }
}
