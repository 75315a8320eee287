package io.oneshelf.catalog;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.aProduct;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VariantApiTest extends ApiTest {

    private Brand brand;
    private String admin;
    private Reply shirt;
    private String barcode;

    @BeforeEach
    void aShirtInTwoColoursAndTwoSizes() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String merch = aCategory(api, admin, "MERCH", "周边", null);
        barcode = anEan13();
        shirt = aProduct(api, admin, Map.of("code", "TS", "name", "T恤", "categoryId", merch, "unit", "件",
                "specAttributes", List.of(Map.of("name", "颜色", "values", List.of("红", "蓝")),
                        Map.of("name", "尺码", "values", List.of("S", "M"))),
                "skus", List.of(Map.of("specs", Map.of("颜色", "红", "尺码", "S"), "barcodes", List.of(barcode)))));
    }

    private String path(String suffix) {
        return "/api/v1/products/" + shirt.id() + suffix;
    }

    private String skuId(int index) {
        return shirt.body().get("skus").get(index).get("id").asString();
    }

    private Reply product() {
        return api.get(path(""), admin);
    }

    private Reply addColour(int version, Object listPriceFen, String... colours) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version,
                "specAttributes", List.of(Map.of("name", "颜色", "values", List.of(colours)))));
        if (listPriceFen != null) {
            body.put("listPriceFen", listPriceFen);
        }
        return api.post(path("/spec-values"), admin, body);
    }

    private void setListPrice(String skuId, long fen) {
        Reply reply = api.put("/api/v1/skus/" + skuId + "/prices", admin,
                Map.of("prices", List.of(Map.of("kind", "LIST", "priceFen", fen))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private long listPrice(String skuId) {
        Reply reply = api.get("/api/v1/prices/resolve?skuId=" + skuId + "&channel=POS", admin);
        return reply.status() == 200 ? reply.body().get("priceFen").asLong() : -1;
    }

    private static List<JsonNode> skus(Reply product) {
        List<JsonNode> skus = new ArrayList<>();
        product.body().get("skus").forEach(skus::add);
        return skus;
    }

    @Test
    void adding_a_colour_creates_exactly_the_missing_skus_and_leaves_the_old_ones_identical() {
        setListPrice(skuId(0), 9900);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", skuId(0), "locationId",
                brand.storeId(), "quantity", 7)).status()).isEqualTo(201);
        List<JsonNode> before = skus(shirt);

        Reply extended = addColour(0, null, "绿");

        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        List<JsonNode> after = skus(extended);
        assertThat(after).hasSize(6);
        assertThat(after.subList(0, 4)).isEqualTo(before);
        assertThat(after.subList(4, 6)).extracting(s -> s.get("code").asString()).containsExactly("TS-5", "TS-6");
        assertThat(after.subList(4, 6)).extracting(s -> s.get("specs").get("颜色").asString() + "/"
                                                         + s.get("specs").get("尺码").asString())
                .containsExactly("绿/S", "绿/M");
        assertThat(after.get(4).get("name").asString()).isEqualTo("T恤 绿 S");
        assertThat(extended.body().get("specAttributes").get(0).get("values").toString())
                .isEqualTo("[\"红\",\"蓝\",\"绿\"]");
        assertThat(extended.body().get("version").asInt()).isEqualTo(1);
        assertThat(listPrice(skuId(0))).isEqualTo(9900);
        assertThat(listPrice(after.get(4).get("id").asString())).isEqualTo(-1);
        Reply stock = api.get("/api/v1/stock/balances?skuId=" + skuId(0), admin);
        assertThat(stock.body().get("items").get(0).get("onHand").asInt()).isEqualTo(7);
        assertThat(api.get("/api/v1/barcodes/" + barcode, admin).body().get("skuId").asString()).isEqualTo(skuId(0));
    }

    @Test
    void a_stale_version_is_a_409_and_adds_nothing() {
        addColour(0, null, "绿");

        Reply stale = addColour(0, null, "黑");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("errors").get(0).get("field").asString()).isEqualTo("version");
        assertThat(skus(product())).hasSize(6);
    }

    @Test
    void an_existing_value_or_an_unknown_attribute_is_refused_naming_the_field() {
        Reply existing = addColour(0, null, "蓝");
        Reply unknown = api.post(path("/spec-values"), admin, Map.of("version", 0,
                "specAttributes", List.of(Map.of("name", "材质", "values", List.of("棉")))));
        Reply twice = addColour(0, null, "绿", "绿");

        assertThat(existing.status()).isEqualTo(409);
        assertThat(existing.body().get("errors").get(0).get("field").asString())
                .isEqualTo("specAttributes[0].values");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("specAttributes[0].name");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(skus(product())).hasSize(4);
    }

    @Test
    void one_sku_with_a_new_value_adds_only_that_combination_and_a_duplicate_combination_is_a_409_on_specs() {
        Map<String, Object> greenS = Map.of("version", 0, "specs", Map.of("颜色", "绿", "尺码", "S"),
                "code", "TS-GS", "barcodes", List.of(anEan13()));

        Reply added = api.post(path("/skus"), admin, greenS);
        Reply again = api.post(path("/skus"), admin, Map.of("version", 1, "specs", Map.of("颜色", "绿", "尺码", "S")));
        Reply partial = api.post(path("/skus"), admin, Map.of("version", 1, "specs", Map.of("颜色", "黑")));
        Reply unknown = api.post(path("/skus"), admin, Map.of("version", 1,
                "specs", Map.of("颜色", "黑", "尺码", "S", "材质", "棉")));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(skus(added)).hasSize(5);
        assertThat(skus(added).get(4).get("code").asString()).isEqualTo("TS-GS");
        assertThat(added.header("Location")).isEqualTo("/api/v1/skus/" + skus(added).get(4).get("id").asString());
        assertThat(added.body().get("specAttributes").get(0).get("values").toString())
                .isEqualTo("[\"红\",\"蓝\",\"绿\"]");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("specs");
        assertThat(again.body().get("detail").asString()).contains("TS-GS");
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.body().get("errors").get(0).get("field").asString()).isEqualTo("specs");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(skus(product())).hasSize(5);
    }

    @Test
    void a_sku_code_in_use_is_a_409_on_code() {
        Reply reply = api.post(path("/skus"), admin, Map.of("version", 0, "specs", Map.of("颜色", "绿", "尺码", "S"),
                "code", skus(shirt).get(1).get("code").asString()));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void a_product_on_shelf_takes_new_skus_only_with_a_list_price() {
        for (int i = 0; i < 4; i++) {
            setListPrice(skuId(i), 5900);
        }
        Reply onShelf = api.post(path("/on-shelf"), admin, Map.of());
        assertThat(onShelf.status()).as(onShelf.toString()).isEqualTo(200);
        int version = onShelf.body().get("version").asInt();

        Reply unpriced = addColour(version, null, "绿");
        Reply priced = addColour(version, 6900, "绿");

        assertThat(unpriced.status()).isEqualTo(409);
        assertThat(unpriced.body().get("errors").get(0).get("field").asString()).isEqualTo("listPriceFen");
        assertThat(priced.status()).as(priced.toString()).isEqualTo(200);
        assertThat(priced.body().get("status").asString()).isEqualTo("ON_SHELF");
        assertThat(skus(priced).subList(4, 6)).allSatisfy(s -> assertThat(listPrice(s.get("id").asString()))
                .isEqualTo(6900));
        assertThat(listPrice(skuId(0))).isEqualTo(5900);
    }

    @Test
    void a_sku_is_deactivated_and_activated_but_a_product_on_shelf_keeps_an_active_priced_sku() {
        Reply single = aProduct(api, admin, Map.of("code", "MUG", "name", "马克杯", "unit", "个",
                "categoryId", shirt.body().get("categoryId").asString()));
        String mug = single.body().get("skus").get(0).get("id").asString();

        Reply off = api.post("/api/v1/skus/" + skuId(1) + "/deactivate", admin, Map.of());
        Reply offAgain = api.post("/api/v1/skus/" + skuId(1) + "/deactivate", admin, Map.of());
        setListPrice(mug, 3900);
        api.post("/api/v1/products/" + single.id() + "/on-shelf", admin, Map.of());
        Reply lastOnShelf = api.post("/api/v1/skus/" + mug + "/deactivate", admin, Map.of());
        Reply back = api.post("/api/v1/skus/" + skuId(1) + "/activate", admin, Map.of());

        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.body().get("status").asString()).isEqualTo("DISCONTINUED");
        assertThat(offAgain.status()).isEqualTo(409);
        assertThat(lastOnShelf.status()).isEqualTo(409);
        assertThat(lastOnShelf.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(back.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(product().body().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void an_unpriced_sku_is_not_activated_on_a_product_on_shelf() {
        for (int i = 0; i < 4; i++) {
            setListPrice(skuId(i), 5900);
        }
        api.post("/api/v1/skus/" + skuId(3) + "/deactivate", admin, Map.of());
        api.put("/api/v1/skus/" + skuId(3) + "/prices", admin, Map.of("prices", List.of()));
        assertThat(api.post(path("/on-shelf"), admin, Map.of()).status()).isEqualTo(200);

        Reply activate = api.post("/api/v1/skus/" + skuId(3) + "/activate", admin, Map.of());

        assertThat(activate.status()).isEqualTo(409);
        assertThat(activate.body().get("errors").get(0).get("field").asString()).isEqualTo("skus");
    }
}
