package io.oneshelf.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.Pictures;
import io.oneshelf.support.Api.Multipart;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture.Brand;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The owner's catalog objects and sample catalog bodies for {@link EndpointWalk}. */
final class CatalogObjects {

    private CatalogObjects() {
    }

    static Map<String, String> create(Api api, Brand owner, String admin) {
        Map<String, String> ids = new LinkedHashMap<>();
        Reply category = api.post("/api/v1/categories", admin, Map.of("code", "C-" + owner.code(), "name", "飲品"));
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        ids.put("categories", category.id());
        Reply brand = api.post("/api/v1/product-brands", admin, Map.of("code", "B-" + owner.code(), "name", "自有"));
        assertThat(brand.status()).as(brand.toString()).isEqualTo(201);
        ids.put("product-brands", brand.id());
        String barcode = "96385074";
        Reply product = api.post("/api/v1/products", admin, Map.of("code", "P-" + owner.code(), "name", "奶茶",
                "categoryId", category.id(), "unit", "杯", "specAttributes",
                List.of(Map.of("name", "杯型", "values", List.of("中杯", "大杯"))),
                "skus", List.of(Map.of("specs", Map.of("杯型", "中杯"), "barcodes", List.of(barcode)))));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        ids.put("products", product.id());
        ids.put("skus", product.body().get("skus").get(0).get("id").asString());
        ids.put("barcodes", barcode);
        Reply policy = api.put("/api/v1/price-policy", admin,
                Map.of("storeOverride", "WITHIN_BAND", "bandPercent", 10, "version", 0));
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
        Reply prices = api.put("/api/v1/skus/" + ids.get("skus") + "/prices", admin, Map.of("prices", List.of(
                Map.of("kind", "LIST", "priceFen", 1800),
                Map.of("kind", "STORE", "storeId", owner.storeId(), "priceFen", 1700))));
        assertThat(prices.status()).as(prices.toString()).isEqualTo(200);
        Reply picture = api.upload("/api/v1/products/" + product.id() + "/images", admin,
                Multipart.file("tea.png", "image/png", Pictures.aPng(8, 8)));
        assertThat(picture.status()).as(picture.toString()).isEqualTo(201);
        ids.put("images", picture.id());
        ids.put("imports", anImport(api, owner, admin));
        return ids;
    }

    /** Bodies of the picture and variant endpoints; a picture upload is multipart. */
    static Map<String, Object> pictureAndVariantBodies(Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/products/{id}/images", Multipart.file("hijack.png", "image/png",
                Pictures.aPng(9, 9)).with("skuId", ids.get("skus")));
        bodies.put("PUT /api/v1/products/{id}/images/order", Map.of("imageIds", List.of(ids.get("images"))));
        bodies.put("POST /api/v1/products/{id}/images/{imageId}/main", Map.of());
        bodies.put("DELETE /api/v1/products/{id}/images/{imageId}", null);
        bodies.put("POST /api/v1/products/{id}/spec-values", Map.of("version", 0,
                "specAttributes", List.of(Map.of("name", "杯型", "values", List.of("超大杯")))));
        bodies.put("POST /api/v1/products/{id}/skus", Map.of("version", 0, "specs", Map.of("杯型", "超大杯")));
        bodies.put("POST /api/v1/skus/{id}/deactivate", Map.of());
        bodies.put("POST /api/v1/skus/{id}/activate", Map.of());
        return bodies;
    }

    /** A finished import of one more product, so that the walk finds the owner's job and no work in flight. */
    private static String anImport(Api api, Brand owner, String admin) {
        Reply job = api.upload("/api/v1/catalog/imports", admin, "owner.csv", sheet(owner, "P2-" + owner.code(),
                "果汁"));
        assertThat(job.status()).as(job.toString()).isEqualTo(202);
        JsonNode finished = Eventually.until("the owner's import " + job.id() + " to finish", Duration.ofSeconds(60),
                () -> api.get("/api/v1/catalog/imports/" + job.id(), admin).body(),
                body -> body.path("status").asString().matches("SUCCEEDED|FAILED"));
        assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
        return job.id();
    }

    /** A one-row sheet of a product in the owner's category. */
    private static byte[] sheet(Brand owner, String productCode, String name) {
        return ("productCode,productName,categoryCode,unit,skuCode,listPrice\r\n" + productCode + "," + name + ",C-"
                + owner.code() + ",杯," + productCode + "-1,9.90\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> sampleBodies(Brand owner) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/categories", Map.of("code", "HIJACK", "name", "Hijack"));
        bodies.put("PUT /api/v1/categories/{id}", Map.of("name", "Hijacked", "version", 0));
        bodies.put("DELETE /api/v1/categories/{id}", null);
        bodies.put("POST /api/v1/product-brands", Map.of("code", "HIJACK", "name", "Hijack"));
        bodies.put("PUT /api/v1/product-brands/{id}", Map.of("name", "Hijacked", "version", 0));
        Map<String, Object> product = new LinkedHashMap<>(Map.of("name", "Hijacked", "unit", "杯",
                "categoryId", owner.regionId(), "version", 0));
        bodies.put("PUT /api/v1/products/{id}", product);
        Map<String, Object> newProduct = new LinkedHashMap<>(product);
        newProduct.remove("version");
        newProduct.put("code", "HIJACK");
        bodies.put("POST /api/v1/products", newProduct);
        bodies.put("POST /api/v1/products/{id}/on-shelf", Map.of());
        bodies.put("POST /api/v1/products/{id}/off-shelf", Map.of());
        bodies.put("POST /api/v1/skus/{id}/barcodes", Map.of("code", "4006381333931"));
        bodies.put("DELETE /api/v1/skus/{id}/barcodes/{code}", null);
        bodies.put("PUT /api/v1/skus/{id}/prices", Map.of("prices", List.of(Map.of("kind", "LIST", "priceFen", 1))));
        bodies.put("PUT /api/v1/price-policy", Map.of("storeOverride", "WITHIN_BAND", "bandPercent", 50,
                "version", 0));
        // renames the owner's product and names the owner's category: another brand's import fails on its rows
        bodies.put("POST /api/v1/catalog/imports", new Api.Upload("hijack.csv", sheet(owner, "P-" + owner.code(),
                "Hijacked")));
        return bodies;
    }

}
