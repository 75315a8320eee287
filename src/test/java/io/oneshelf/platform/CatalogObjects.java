package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The owner's catalog objects and sample catalog bodies for {@link TenantIsolationTest}. */
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
        return ids;
    }

    static Map<String, Object> sampleBodies(Brand owner) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/categories", Map.of("code", "HIJACK", "name", "Hijack"));
        bodies.put("PUT /api/v1/categories/{id}", Map.of("name", "Hijacked", "version", 0));
        bodies.put("DELETE /api/v1/categories/{id}", null);
        bodies.put("POST /api/v1/product-brands", Map.of("code", "HIJACK", "name", "Hijack"));
        bodies.put("PUT /api/v1/product-brands/{id}", Map.of("name", "Hijacked", "version", 0));
        return bodies;
    }

}
