package io.oneshelf.catalog.product;

import io.oneshelf.catalog.ProductChanged;
import io.oneshelf.catalog.ProductCreated;
import io.oneshelf.catalog.ProductPutOnShelf;
import io.oneshelf.catalog.ProductTakenOffShelf;
import io.oneshelf.catalog.SkuActivated;
import io.oneshelf.catalog.SkuAdded;
import io.oneshelf.catalog.SkuDeactivated;
import io.oneshelf.platform.BusinessEvent;
import java.util.UUID;

/** The catalog's published events, made from a product as it was saved. */
final class ProductEvents {

    private ProductEvents() {
    }

    static ProductCreated created(UUID tenant, Product p) {
        return new ProductCreated(tenant, p.id(), p.code(), p.name(), p.categoryId(), p.brandId(), p.unit(),
                p.channels(), p.skus().stream().map(s -> new ProductCreated.Variant(s.id(), s.code(), s.name(),
                        s.specs(), s.barcodes())).toList());
    }

    static ProductChanged changed(UUID tenant, Product p) {
        return new ProductChanged(tenant, p.id(), p.code(), p.name(), p.categoryId(), p.brandId(), p.unit(),
                p.description(), p.channels());
    }

    /** On or off shelf, whichever the product now is. */
    static BusinessEvent shelved(UUID tenant, Product p) {
        if (p.status() == Product.ProductStatus.ON_SHELF) {
            return new ProductPutOnShelf(tenant, p.id(), p.code(), p.channels(),
                    p.skus().stream().filter(Sku::active).map(Sku::id).toList());
        }
        return new ProductTakenOffShelf(tenant, p.id(), p.code());
    }

    static SkuAdded skuAdded(UUID tenant, Product p, Sku s, Long listPriceFen) {
        return new SkuAdded(tenant, p.id(), s.id(), s.code(), s.name(), s.specs(), s.barcodes(), listPriceFen);
    }

    /** Deactivated or activated, whichever the SKU now is. */
    static BusinessEvent skuStatus(UUID tenant, Product p, UUID skuId) {
        Sku s = p.sku(skuId);
        return s.active() ? new SkuActivated(tenant, p.id(), s.id(), s.code())
                : new SkuDeactivated(tenant, p.id(), s.id(), s.code());
    }
}
