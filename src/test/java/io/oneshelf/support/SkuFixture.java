package io.oneshelf.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Makes SKUs for tests straight in the catalog's tables (category, product, variant, list price). */
@Component
public class SkuFixture {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final JdbcClient jdbc;

    SkuFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new active SKU of the brand, in a product and category of its own. */
    public UUID aSku(BrandFixture.Brand brand) {
        String code = "K" + sequence.incrementAndGet() + "-" + brand.code();
        return variant(brand, aProductOnShelf(brand, code), code);
    }

    /** A new active SKU with a list price of {@code fen}, in a product and category of its own. */
    public UUID aPricedSku(BrandFixture.Brand brand, long fen) {
        UUID sku = aSku(brand);
        listPrice(brand, sku, fen);
        return sku;
    }

    /**
     * A new active, list-priced SKU of a product on shelf that has another active SKU: one the catalog lets be
     * deactivated ({@code POST /api/v1/skus/{id}/deactivate}) and activated again.
     */
    public UUID aSkuThatCanBeDeactivated(BrandFixture.Brand brand) {
        String code = "K" + sequence.incrementAndGet() + "-" + brand.code();
        UUID spu = aProductOnShelf(brand, code);
        listPrice(brand, variant(brand, spu, code + "-S"), 1200);
        UUID sku = variant(brand, spu, code);
        listPrice(brand, sku, 1500);
        return sku;
    }

    private UUID aProductOnShelf(BrandFixture.Brand brand, String code) {
        UUID category = UUID.randomUUID();
        jdbc.sql("""
                insert into category(id, tenant_id, code, name, created_at)
                values (:id, :t, :c, :n, now())""")
                .param("id", category).param("t", brand.tenantId()).param("c", "C" + code).param("n", "Teas " + code)
                .update();
        UUID spu = UUID.randomUUID();
        jdbc.sql("""
                insert into spu(id, tenant_id, code, name, category_id, unit, status, version, created_at, updated_at)
                values (:id, :t, :c, :n, :cat, 'cup', 'ON_SHELF', 0, now(), now())""")
                .param("id", spu).param("t", brand.tenantId()).param("c", "P" + code).param("n", "Oolong " + code)
                .param("cat", category).update();
        return spu;
    }

    private UUID variant(BrandFixture.Brand brand, UUID spu, String code) {
        UUID sku = UUID.randomUUID();
        jdbc.sql("""
                insert into sku(id, tenant_id, spu_id, code, name, status, version, created_at, updated_at)
                values (:id, :t, :spu, :c, :n, 'ACTIVE', 0, now(), now())""")
                .param("id", sku).param("t", brand.tenantId()).param("spu", spu).param("c", code)
                .param("n", "Oolong large " + code).update();
        return sku;
    }

    private void listPrice(BrandFixture.Brand brand, UUID sku, long fen) {
        jdbc.sql("""
                insert into sku_price(id, tenant_id, sku_id, kind, price_fen, created_at)
                values (:id, :t, :sku, 'LIST', :fen, now())""")
                .param("id", UUID.randomUUID()).param("t", brand.tenantId()).param("sku", sku).param("fen", fen)
                .update();
    }
}
