package io.oneshelf.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.ProductCreated;
import io.oneshelf.catalog.ProductPutOnShelf;
import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.SkuDeactivated;
import io.oneshelf.catalog.product.ProductUpserts.NewProduct;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The catalog alone (with org, which it uses): its facts leave it as events, in the transaction that made them. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@Import(BrandFixture.class)
class CatalogEventsScenarioTest {

    @Autowired
    ProductUpserts upserts;
    @Autowired
    VariantService variants;
    @Autowired
    BrandFixture brands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_product_is_announced_with_the_variants_generated_for_it(Scenario scenario) {
        Brand brand = brands.aBrand();
        UUID category = aCategory(brand);

        scenario.stimulate(() -> upserts.create(admin(brand), milkTea(category)))
                .andWaitForEventOfType(ProductCreated.class)
                .matchingMappedValue(ProductCreated::brandId, brand.tenantId())
                .toArriveAndVerify((event, created) -> {
                    assertThat(event.productId()).isEqualTo(created.productId());
                    assertThat(event.code()).isEqualTo("MT01");
                    assertThat(event.channels()).containsExactly(SalesChannel.POS);
                    assertThat(event.skus()).extracting(ProductCreated.Variant::code)
                            .containsExactlyInAnyOrderElementsOf(created.skuIds().keySet());
                    assertThat(event.skus()).allSatisfy(s -> assertThat(s.specs()).containsKey("杯型"));
                });
    }

    @Test
    void a_priced_product_going_on_shelf_names_its_active_skus_and_a_deactivated_sku_is_announced(
            Scenario scenario) {
        Brand brand = brands.aBrand();
        Actor admin = admin(brand);
        ProductUpserts.Created created = upserts.create(admin, milkTea(aCategory(brand)));
        created.skuIds().values().forEach(sku -> listPrice(brand, sku));

        scenario.stimulate(() -> upserts.putOnShelf(admin, created.productId()))
                .andWaitForEventOfType(ProductPutOnShelf.class)
                .matchingMappedValue(ProductPutOnShelf::productId, created.productId())
                .toArriveAndVerify(event -> assertThat(event.activeSkuIds())
                        .containsExactlyInAnyOrderElementsOf(created.skuIds().values()));

        UUID medium = created.skuIds().get("MT01-1");
        scenario.stimulate(() -> variants.deactivate(admin, medium))
                .andWaitForEventOfType(SkuDeactivated.class)
                .matchingMappedValue(SkuDeactivated::skuId, medium)
                .toArriveAndVerify(event -> {
                    assertThat(event.code()).isEqualTo("MT01-1");
                    assertThat(event.productId()).isEqualTo(created.productId());
                });
    }

    private static NewProduct milkTea(UUID category) {
        return new NewProduct("MT01", "珍珠奶茶", category, null, "杯", Set.of(SalesChannel.POS),
                List.of(new SpecAttribute("杯型", List.of("中杯", "大杯"))), List.of());
    }

    private UUID aCategory(Brand brand) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into category(id, tenant_id, code, name, created_at) values (:id, :t, 'TEA', '茶饮', now())")
                .param("id", id).param("t", brand.tenantId()).update();
        return id;
    }

    private void listPrice(Brand brand, UUID sku) {
        jdbc.sql("""
                insert into sku_price(id, tenant_id, sku_id, kind, price_fen, created_at)
                values (:id, :t, :sku, 'LIST', 1500, now())""")
                .param("id", UUID.randomUUID()).param("t", brand.tenantId()).param("sku", sku).update();
    }

    private static Actor admin(Brand brand) {
        return new Actor(Actor.Kind.STAFF, UUID.randomUUID(), brand.tenantId(), "admin of " + brand.code(),
                Role.HQ_ADMIN, ScopeType.BRAND, brand.tenantId());
    }
}
