package io.oneshelf.catalog.product;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.platform.web.ApiProblem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A product (SPU) with its variants. Guards its shelf status: a draft or an off-shelf product goes on shelf only
 * with at least one active SKU and a current list price on every active SKU; only a product on shelf comes off.
 */
record Product(UUID id, @JsonIgnore UUID tenantId, String code, String name, UUID categoryId, UUID brandId,
               String unit, String description, List<SpecAttribute> specAttributes, ProductStatus status,
               Set<SalesChannel> channels, List<Sku> skus, int version, OffsetDateTime createdAt,
               OffsetDateTime updatedAt) {

    enum ProductStatus { DRAFT, ON_SHELF, OFF_SHELF }

    /** The facts an editor may change after creation; the spec attributes and SKUs stay. */
    record Details(String name, UUID categoryId, UUID brandId, String unit, String description,
                   Set<SalesChannel> channels) {
    }

    /** @param pricedSkuIds the SKUs that have a list price valid now */
    Product putOnShelf(Set<UUID> pricedSkuIds) {
        if (status == ProductStatus.ON_SHELF) {
            throw ApiProblem.conflict("status", "the product is already on shelf");
        }
        List<Sku> active = skus.stream().filter(Sku::active).toList();
        if (active.isEmpty()) {
            throw ApiProblem.conflict("skus", "a product needs at least one active SKU to go on shelf");
        }
        List<String> unpriced = active.stream().filter(s -> !pricedSkuIds.contains(s.id())).map(Sku::code).toList();
        if (!unpriced.isEmpty()) {
            throw ApiProblem.conflict("skus", "these SKUs have no list price yet: " + String.join(", ", unpriced));
        }
        return withStatus(ProductStatus.ON_SHELF);
    }

    Product takeOffShelf() {
        if (status != ProductStatus.ON_SHELF) {
            throw ApiProblem.conflict("status", "only a product on shelf can be taken off shelf");
        }
        return withStatus(ProductStatus.OFF_SHELF);
    }

    Product edit(Details d) {
        return new Product(id, tenantId, code, d.name(), d.categoryId(), d.brandId(), d.unit(), d.description(),
                specAttributes, status, d.channels(), skus, version, createdAt, updatedAt);
    }

    private Product withStatus(ProductStatus next) {
        return new Product(id, tenantId, code, name, categoryId, brandId, unit, description, specAttributes, next,
                channels, skus, version, createdAt, updatedAt);
    }
}
