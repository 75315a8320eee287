package io.oneshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CategoryApiTest extends ApiTest {

    private Brand brand;
    private String admin;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    private String aCategory(String code, String name, String parentId, int sort) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "sortOrder", sort));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        Reply reply = api.post("/api/v1/categories", admin, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    @Test
    void categories_are_listed_as_a_tree_ordered_by_sort_order() {
        String drinks = aCategory("DRINK", "飲品", null, 1);
        aCategory("CAKE", "蛋糕", null, 0);
        aCategory("TEA", "奶茶", drinks, 2);
        aCategory("COFFEE", "咖啡", drinks, 1);

        Reply tree = api.get("/api/v1/categories", admin);

        assertThat(tree.body().get("items").findValuesAsString("code")).containsExactly("CAKE", "DRINK", "COFFEE", "TEA");
        assertThat(tree.body().get("items").get(1).get("children").get(0).get("name").asString()).isEqualTo("咖啡");
    }

    @Test
    void a_category_cannot_be_moved_below_itself() {
        String drinks = aCategory("DRINK", "飲品", null, 0);
        String tea = aCategory("TEA", "奶茶", drinks, 0);

        Reply reply = api.put("/api/v1/categories/" + drinks, admin,
                Map.of("name", "飲品", "parentId", tea, "version", 0));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
    }

    @Test
    void a_category_with_children_cannot_be_deleted_but_a_leaf_can() {
        String drinks = aCategory("DRINK", "飲品", null, 0);
        String tea = aCategory("TEA", "奶茶", drinks, 0);

        assertThat(api.send("DELETE", "/api/v1/categories/" + drinks, admin, null, "k1" + drinks).status())
                .isEqualTo(409);
        assertThat(api.send("DELETE", "/api/v1/categories/" + tea, admin, null, "k2" + tea).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/categories/" + tea, admin).status()).isEqualTo(404);
    }

    @Test
    void a_duplicate_category_code_is_a_409_on_code() {
        aCategory("DRINK", "飲品", null, 0);

        Reply reply = api.post("/api/v1/categories", admin, Map.of("code", "DRINK", "name", "Again"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void cashiers_read_the_catalog_but_cannot_change_it() {
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        assertThat(api.get("/api/v1/categories", cashier).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/categories", cashier, Map.of("code", "X", "name", "X")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/product-brands", cashier, Map.of("code", "X", "name", "X")).status())
                .isEqualTo(403);
    }

    @Test
    void product_brands_are_created_renamed_and_listed() {
        Reply created = api.post("/api/v1/product-brands", admin, Map.of("code", "OWN", "name", "自有品牌"));
        assertThat(created.status()).isEqualTo(201);

        Reply renamed = api.put("/api/v1/product-brands/" + created.id(), admin, Map.of("name", "一架自營", "version", 0));

        assertThat(renamed.body().get("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/product-brands?q=自營", admin).body().get("items").findValuesAsString("code"))
                .containsExactly("OWN");
    }
}
