package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.image.ProductImage;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A product (SPU) with its variants. Guards its shelf status: a draft or an off-shelf product goes on shelf only
 * with at least one active SKU and a current list price on every active SKU; only a product on shelf comes off.
 * The pictures ride along for the product detail; they are changed through the image package.
 */
record Product(UUID id, String code, String name, UUID categoryId, UUID brandId,
               String unit, String description, List<SpecAttribute> specAttributes, ProductStatus status,
               Set<SalesChannel> channels, List<Sku> skus, int version, OffsetDateTime createdAt,
               OffsetDateTime updatedAt, List<ProductImage> images) {

    /** A product as its own table and its SKUs describe it, before its pictures are looked up. */
    Product(UUID id, String code, String name, UUID categoryId, UUID brandId, String unit,
            String description, List<SpecAttribute> specAttributes, ProductStatus status,
            Set<SalesChannel> channels, List<Sku> skus, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
        this(id, code, name, categoryId, brandId, unit, description, specAttributes, status, channels,
                skus, version, createdAt, updatedAt, List.of());
    }

    enum ProductStatus { DRAFT, ON_SHELF, OFF_SHELF }

    /** The facts an editor may change after creation; the spec attributes and SKUs stay. */
    record Details(String name, UUID categoryId, UUID brandId, String unit, String description,
                   Set<SalesChannel> channels) {
    }

    /** @param pricedSkuIds the SKUs that have a list price valid now */
    Product putOnShelf(Set<UUID> pricedSkuIds) {
        if (status == ProductStatus.ON_SHELF) {
            throw Rejection.conflict("status", "catalog.product.already-on-shelf");
        }
        List<Sku> active = skus.stream().filter(Sku::active).toList();
        if (active.isEmpty()) {
            throw Rejection.conflict("skus", "catalog.product.needs-active-sku");
        }
        List<String> unpriced = active.stream().filter(s -> !pricedSkuIds.contains(s.id())).map(Sku::code).toList();
        if (!unpriced.isEmpty()) {
            throw Rejection.conflict("skus", "catalog.product.unpriced-skus", String.join(", ", unpriced));
        }
        return withStatus(ProductStatus.ON_SHELF);
    }

    Product takeOffShelf() {
        if (status != ProductStatus.ON_SHELF) {
            throw Rejection.conflict("status", "catalog.product.not-on-shelf");
        }
        return withStatus(ProductStatus.OFF_SHELF);
    }

    /**
     * New SKUs join a product on shelf only with a list price, so that everything on shelf stays priced; a draft
     * or an off-shelf product takes them unpriced (going on shelf checks again).
     */
    void admitNewSkus(Long listPriceFen) {
        if (status == ProductStatus.ON_SHELF && listPriceFen == null) {
            throw Rejection.conflict("listPriceFen", "catalog.product.new-sku-needs-price");
        }
    }

    Product withSpecAttributes(List<SpecAttribute> attributes) {
        return new Product(id, code, name, categoryId, brandId, unit, description, attributes, status,
                channels, skus, version, createdAt, updatedAt, images);
    }

    /** Stops selling one SKU; a product on shelf keeps at least one active SKU. */
    Product deactivate(UUID skuId) {
        Sku sku = sku(skuId);
        if (!sku.active()) {
            throw Rejection.conflict("status", "catalog.sku.already-inactive", sku.code());
        }
        if (status == ProductStatus.ON_SHELF && skus.stream().filter(Sku::active).count() == 1) {
            throw Rejection.conflict("status", "catalog.sku.last-active");
        }
        return withSku(sku.withStatus(Sku.SkuStatus.DISCONTINUED));
    }

    /** @param pricedSkuIds the SKUs that have a list price valid now */
    Product activate(UUID skuId, Set<UUID> pricedSkuIds) {
        Sku sku = sku(skuId);
        if (sku.active()) {
            throw Rejection.conflict("status", "catalog.sku.already-active", sku.code());
        }
        if (status == ProductStatus.ON_SHELF && !pricedSkuIds.contains(skuId)) {
            throw Rejection.conflict("skus", "catalog.sku.activate-unpriced", sku.code());
        }
        return withSku(sku.withStatus(Sku.SkuStatus.ACTIVE));
    }

    Sku sku(UUID skuId) {
        return skus.stream().filter(s -> s.id().equals(skuId)).findFirst()
                .orElseThrow(() -> Rejection.notFound("sku"));
    }

    private Product withSku(Sku changed) {
        List<Sku> next = skus.stream().map(s -> s.id().equals(changed.id()) ? changed : s).toList();
        return new Product(id, code, name, categoryId, brandId, unit, description, specAttributes, status,
                channels, next, version, createdAt, updatedAt, images);
    }

    Product withImages(List<ProductImage> pictures) {
        return new Product(id, code, name, categoryId, brandId, unit, description, specAttributes, status,
                channels, skus, version, createdAt, updatedAt, pictures);
    }

    Product edit(Details d) {
        return new Product(id, code, d.name(), d.categoryId(), d.brandId(), d.unit(), d.description(),
                specAttributes, status, d.channels(), skus, version, createdAt, updatedAt);
    }

    private Product withStatus(ProductStatus next) {
        return new Product(id, code, name, categoryId, brandId, unit, description, specAttributes, next,
                channels, skus, version, createdAt, updatedAt);
    }
}
