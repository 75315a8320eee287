package io.oneshelf.catalog.product;

import io.oneshelf.catalog.image.ProductImages;
import io.oneshelf.catalog.product.Product.ProductStatus;
import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates products with their generated variants, edits them and moves them on and off the shelf. */
@Service
class ProductService {

    private final Products products;
    private final Barcodes barcodes;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProductImages images;
    private final ApplicationEventPublisher events;

    ProductService(Products products, Barcodes barcodes, JdbcClient jdbc, AuditLog audit, ProductImages images,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.products = products;
        this.barcodes = barcodes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.images = images;
    }

    @Transactional
    Product create(Actor actor, ProductCommands.Create request) {
        Product.Details d = checked(actor, request.details());
        List<SkuDraft> drafts = SkuMatrix.generate(request.code(), request.name(), request.attributes(),
                request.skuInputs());
        rejectTaken(actor, drafts);
        Product product = new Product(Ids.next(), request.code(), d.name(), d.categoryId(),
                d.brandId(), d.unit(), d.description(), request.attributes(), ProductStatus.DRAFT, d.channels(),
                List.of(), 0, null, null);
        try {
            products.insert(actor.tenantId(), product);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "catalog.product.code-taken", request.code());
        }
        for (SkuDraft draft : drafts) {
            UUID skuId = Ids.next();
            products.insertSku(actor.tenantId(), product.id(), skuId, draft);
            draft.barcodes().forEach(code -> barcodes.add(actor.tenantId(), skuId, code));
        }
        Product created = get(actor, product.id());
        audit.record(actor, "product.created", "product", created.id(), null, created);
        events.publishEvent(ProductEvents.created(actor.tenantId(), created));
        return created;
    }

    @Transactional
    Product edit(Actor actor, UUID id, ProductCommands.Edit request) {
        Product before = get(actor, id);
        Product edited = save(actor, "product.edited", before, before.edit(checked(actor, request.details())),
                request.version());
        events.publishEvent(ProductEvents.changed(actor.tenantId(), edited));
        return edited;
    }

    @Transactional
    Product putOnShelf(Actor actor, UUID id) {
        Product before = get(actor, id);
        Product after = before.putOnShelf(products.pricedSkus(actor.tenantId(), id));
        return shelved(actor, save(actor, "product.on-shelf", before, after, before.version()));
    }

    @Transactional
    Product takeOffShelf(Actor actor, UUID id) {
        Product before = get(actor, id);
        return shelved(actor, save(actor, "product.off-shelf", before, before.takeOffShelf(), before.version()));
    }

    Product get(Actor actor, UUID id) {
        return products.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("product"))
                .withImages(images.of(actor.tenantId(), id));
    }

    private Product save(Actor actor, String action, Product before, Product after, int expectedVersion) {
        products.update(actor.tenantId(), after, expectedVersion);
        Product saved = get(actor, after.id());
        audit.record(actor, action, "product", saved.id(), before, saved);
        return saved;
    }

    private Product shelved(Actor actor, Product saved) {
        events.publishEvent(ProductEvents.shelved(actor.tenantId(), saved));
        return saved;
    }

    private void rejectTaken(Actor actor, List<SkuDraft> drafts) {
        List<String> codes = products.takenSkuCodes(actor.tenantId(), drafts.stream().map(SkuDraft::code).toList());
        if (!codes.isEmpty()) {
            throw Rejection.conflict("skus", "catalog.sku.codes-taken", String.join(", ", codes));
        }
        List<String> taken = barcodes.taken(actor.tenantId(),
                drafts.stream().flatMap(d -> d.barcodes().stream()).toList());
        if (!taken.isEmpty()) {
            throw Rejection.conflict("skus", "catalog.barcode.codes-taken", String.join(", ", taken));
        }
    }

    /** The category and the product brand must belong to the caller's brand. */
    private Product.Details checked(Actor actor, Product.Details d) {
        if (!exists("category", actor, d.categoryId())) {
            throw Rejection.invalid("categoryId", "catalog.category.foreign");
        }
        if (d.brandId() != null && !exists("product_brand", actor, d.brandId())) {
            throw Rejection.invalid("brandId", "catalog.product-brand.foreign");
        }
        return d;
    }

    private boolean exists(String table, Actor actor, UUID id) {
        return jdbc.sql("select exists(select 1 from " + table + " where tenant_id = :tenant and id = :id)")
                .param("tenant", actor.tenantId()).param("id", id).query(Boolean.class).single();
    }
}
