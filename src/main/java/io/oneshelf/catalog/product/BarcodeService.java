package io.oneshelf.catalog.product;

import io.oneshelf.platform.Rejection;
import io.oneshelf.catalog.SkuBarcodeAdded;
import io.oneshelf.catalog.SkuBarcodeRemoved;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and removes the barcodes of a SKU; a code is unique within the brand. */
@Service
class BarcodeService {

    private final Products products;
    private final Barcodes barcodes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    BarcodeService(Products products, Barcodes barcodes, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.products = products;
        this.barcodes = barcodes;
        this.audit = audit;
    }

    @Transactional
    Sku add(Actor actor, UUID skuId, String code) {
        UUID productId = productOf(actor, skuId);
        BarcodePolicy.require("code", code);
        if (!barcodes.taken(actor.tenantId(), List.of(code)).isEmpty()) {
            throw Rejection.conflict("code", "catalog.barcode.taken", code);
        }
        try {
            barcodes.add(actor.tenantId(), skuId, code);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "catalog.barcode.taken", code);
        }
        audit.record(actor, "sku.barcode-added", "sku", skuId, null, Map.of("barcode", code));
        Sku sku = sku(actor, productId, skuId);
        events.publishEvent(new SkuBarcodeAdded(actor.tenantId(), productId, skuId, sku.code(), code));
        return sku;
    }

    @Transactional
    void remove(Actor actor, UUID skuId, String code) {
        UUID productId = productOf(actor, skuId);
        if (!barcodes.remove(actor.tenantId(), skuId, code)) {
            throw Rejection.notFound("barcode");
        }
        audit.record(actor, "sku.barcode-removed", "sku", skuId, Map.of("barcode", code), null);
        events.publishEvent(new SkuBarcodeRemoved(actor.tenantId(), productId, skuId,
                sku(actor, productId, skuId).code(), code));
    }

    Sku sku(Actor actor, UUID productId, UUID skuId) {
        return products.find(actor.tenantId(), productId).orElseThrow().skus().stream()
                .filter(s -> s.id().equals(skuId)).findFirst().orElseThrow();
    }

    UUID productOf(Actor actor, UUID skuId) {
        return products.productOf(actor.tenantId(), skuId).orElseThrow(() -> Rejection.notFound("sku"));
    }
}
