package io.oneshelf.catalog.productbrand;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and renames the product brands of the caller's brand, auditing each change. */
@Service
class ProductBrandService {

    private final ProductBrands brands;
    private final AuditLog audit;

    ProductBrandService(ProductBrands brands, AuditLog audit) {
        this.brands = brands;
        this.audit = audit;
    }

    @Transactional
    ProductBrand create(Actor actor, String code, String name) {
        ProductBrand brand = new ProductBrand(Ids.next(), code, name, 0, null);
        try {
            brands.insert(actor.tenantId(), brand);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "catalog.product-brand.code-taken", code);
        }
        ProductBrand created = get(actor, brand.id());
        audit.record(actor, "product-brand.created", "product_brand", created.id(), null, created);
        return created;
    }

    /** Renames a product brand read at {@code version}. */
    @Transactional
    ProductBrand rename(Actor actor, UUID id, String name, int version) {
        ProductBrand before = get(actor, id);
        brands.update(actor.tenantId(), before.rename(name), version);
        ProductBrand saved = get(actor, id);
        audit.record(actor, "product-brand.edited", "product_brand", id, before, saved);
        return saved;
    }

    ProductBrand get(Actor actor, UUID id) {
        return brands.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("product-brand"));
    }
}
