package io.oneshelf.catalog.product;

import io.oneshelf.catalog.product.NewVariants.Plan;
import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an existing product more variants, leaving the existing ones as they are (codes, barcodes, prices,
 * stock), and switches single variants off and on. Each change is a product write: it needs (or bumps) the
 * product's version, so it cannot cross an edit or a shelf change made meanwhile.
 */
@Service
class VariantService {

    private final Products products;
    private final Barcodes barcodes;
    private final ProductService productService;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    VariantService(Products products, Barcodes barcodes, ProductService productService, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.products = products;
        this.barcodes = barcodes;
        this.productService = productService;
        this.audit = audit;
    }

    @Transactional
    Product addSpecValues(Actor actor, UUID productId, ProductCommands.AddSpecValues request) {
        Product before = current(actor, productId, request.version());
        before.admitNewSkus(request.listPriceFen());
        Plan plan = NewVariants.fromValues(before, request.specAttributes(), request.skuInputs(),
                products.skuCodesOf(actor.tenantId(), before.code()));
        rejectTaken(actor, plan.drafts(), "skus", "skus");
        return add(actor, before, plan, request.listPriceFen(), "product.spec-values-added").product();
    }

    /** The product with its new SKU, and that SKU. */
    record Added(Product product, Sku sku) {
    }

    @Transactional
    Added addSku(Actor actor, UUID productId, ProductCommands.AddSku request) {
        Product before = current(actor, productId, request.version());
        before.admitNewSkus(request.listPriceFen());
        Plan plan = NewVariants.fromCombination(before, request.input(),
                products.skuCodesOf(actor.tenantId(), before.code()));
        rejectTaken(actor, plan.drafts(), "code", "barcodes");
        return add(actor, before, plan, request.listPriceFen(), "product.sku-added");
    }

    @Transactional
    Sku deactivate(Actor actor, UUID skuId) {
        Product before = productOf(actor, skuId);
        return changeStatus(actor, before, before.deactivate(skuId), skuId, "sku.deactivated");
    }

    @Transactional
    Sku activate(Actor actor, UUID skuId) {
        Product before = productOf(actor, skuId);
        Product after = before.activate(skuId, products.pricedSkus(actor.tenantId(), before.id()));
        return changeStatus(actor, before, after, skuId, "sku.activated");
    }

    private Product current(Actor actor, UUID productId, int version) {
        Product product = productService.get(actor, productId);
        if (product.version() != version) {
            throw Rejection.staleVersion();
        }
        return product;
    }

    private Product productOf(Actor actor, UUID skuId) {
        UUID productId = products.productOf(actor.tenantId(), skuId).orElseThrow(() -> Rejection.notFound("sku"));
        return productService.get(actor, productId);
    }

    private Added add(Actor actor, Product before, Plan plan, Long listPriceFen, String action) {
        Product extended = before.withSpecAttributes(plan.attributes());
        products.update(actor.tenantId(), extended, before.version());
        products.updateSpecAttributes(actor.tenantId(), extended);
        UUID last = null;
        List<UUID> added = new java.util.ArrayList<>();
        for (SkuDraft draft : plan.drafts()) {
            last = Ids.next();
            added.add(last);
            products.insertSku(actor.tenantId(), before.id(), last, draft);
            UUID skuId = last;
            draft.barcodes().forEach(code -> barcodes.add(actor.tenantId(), skuId, code));
            if (listPriceFen != null) {
                products.insertListPrice(actor.tenantId(), skuId, listPriceFen);
            }
        }
        Product after = productService.get(actor, before.id());
        audit.record(actor, action, "product", after.id(), before, after);
        added.forEach(skuId -> events.publishEvent(ProductEvents.skuAdded(actor.tenantId(), after, after.sku(skuId), listPriceFen)));
        return new Added(after, last == null ? null : after.sku(last));
    }

    private Sku changeStatus(Actor actor, Product before, Product after, UUID skuId, String action) {
        products.update(actor.tenantId(), after, before.version());
        products.updateSkuStatus(actor.tenantId(), after.sku(skuId));
        Sku sku = productService.get(actor, before.id()).sku(skuId);
        audit.record(actor, action, "sku", skuId, before.sku(skuId), sku);
        events.publishEvent(ProductEvents.skuStatus(actor.tenantId(), after, skuId));
        return sku;
    }

    private void rejectTaken(Actor actor, List<SkuDraft> drafts, String codeField, String barcodeField) {
        List<String> codes = products.takenSkuCodes(actor.tenantId(), drafts.stream().map(SkuDraft::code).toList());
        if (!codes.isEmpty()) {
            throw Rejection.conflict(codeField, "catalog.sku.codes-taken", String.join(", ", codes));
        }
        List<String> taken = barcodes.taken(actor.tenantId(),
                drafts.stream().flatMap(d -> d.barcodes().stream()).toList());
        if (!taken.isEmpty()) {
            throw Rejection.conflict(barcodeField, "catalog.barcode.codes-taken", String.join(", ", taken));
        }
    }
}
