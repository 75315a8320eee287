package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.exchange.ImportPlan.Outcome;
import io.oneshelf.catalog.exchange.ImportPlan.ProductPlan;
import io.oneshelf.catalog.exchange.ImportPlan.SkuPlan;
import io.oneshelf.catalog.exchange.SheetValues.ShelfStatus;
import io.oneshelf.catalog.price.ListPrices;
import io.oneshelf.catalog.product.ProductUpserts;
import io.oneshelf.catalog.product.ProductUpserts.NewProduct;
import io.oneshelf.catalog.product.ProductUpserts.ProductFacts;
import io.oneshelf.catalog.product.SkuMatrix.SkuInput;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.Message;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Carries out a valid {@link ImportPlan} through the catalog's own services, inside the caller's transaction.
 * Barcodes that leave a SKU go first, so a barcode may move to another SKU of the same sheet. Should the catalog
 * still refuse something (another user changed it after the check), the whole import rolls back and the refusal
 * is reported on the product's first row.
 */
@Component
class ImportApply {

    /** The catalog refused a product of a checked plan. */
    static final class Refused extends RuntimeException {
        final RowError error;

        Refused(RowError error) {
            super(error.message().toString());
            this.error = error;
        }
    }

    private final ProductUpserts products;
    private final ListPrices prices;

    ImportApply(ProductUpserts products, ListPrices prices) {
        this.products = products;
        this.prices = prices;
    }

    Outcome apply(Actor actor, ImportPlan plan, IntConsumer progress) {
        for (ProductPlan product : plan.products()) {
            run(product, () -> releaseBarcodes(actor, product));
        }
        int created = 0;
        int updated = 0;
        int skusCreated = 0;
        int skusUpdated = 0;
        for (ProductPlan product : plan.products()) {
            int[] changedSkus = {0};
            boolean changed = run(product, () -> product.isNew() ? create(actor, product)
                    : update(actor, product, changedSkus));
            if (product.isNew()) {
                created++;
                skusCreated += product.skus().size();
            } else if (changed || changedSkus[0] > 0) {
                updated++;
                skusUpdated += changedSkus[0];
            }
            progress.accept(product.skus().size());
        }
        return new Outcome(created, updated, skusCreated, skusUpdated);
    }

    private void releaseBarcodes(Actor actor, ProductPlan product) {
        for (SkuPlan sku : product.skus()) {
            if (sku.existingId() != null && sku.barcodes() != null) {
                sku.currentBarcodes().stream().filter(code -> !sku.barcodes().contains(code))
                        .forEach(code -> products.removeBarcode(actor, sku.existingId(), code));
            }
        }
    }

    private boolean create(Actor actor, ProductPlan p) {
        List<SkuInput> skus = p.skus().stream().map(s -> new SkuInput(s.code(),
                s.specs() == null ? Map.of() : s.specs(), s.barcodes() == null ? List.of() : s.barcodes())).toList();
        ProductUpserts.Created created = products.create(actor, new NewProduct(p.code(), p.name(), p.categoryId(),
                p.brandId(), p.unit(), p.channels(), p.attributes(), skus));
        for (SkuPlan sku : p.skus()) {
            if (sku.listPriceFen() != null) {
                prices.set(actor, created.skuIds().get(sku.code()), sku.listPriceFen());
            }
        }
        if (p.status() == ShelfStatus.ON_SHELF) {
            products.putOnShelf(actor, created.productId());
        }
        return true;
    }

    private boolean update(Actor actor, ProductPlan p, int[] changedSkus) {
        boolean changed = products.edit(actor, p.existingId(), new ProductFacts(p.name(), p.categoryId(),
                p.brandId(), p.keepBrand(), p.unit(), p.channels()));
        for (SkuPlan sku : p.skus()) {
            boolean skuChanged = false;
            if (sku.barcodes() != null) {
                for (String code : sku.barcodes()) {
                    if (!sku.currentBarcodes().contains(code)) {
                        products.addBarcode(actor, sku.existingId(), code);
                        skuChanged = true;
                    }
                }
                skuChanged |= !sku.currentBarcodes().stream().allMatch(sku.barcodes()::contains);
            }
            if (sku.listPriceFen() != null) {
                skuChanged |= prices.set(actor, sku.existingId(), sku.listPriceFen());
            }
            changedSkus[0] += skuChanged ? 1 : 0;
        }
        if (p.status() == ShelfStatus.ON_SHELF) {
            products.putOnShelf(actor, p.existingId());
        } else if (p.status() == ShelfStatus.OFF_SHELF) {
            products.takeOffShelf(actor, p.existingId());
        }
        return changed || p.status() != null;
    }

    private static boolean run(ProductPlan product, java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (Rejection e) {
            String field = e.faults().isEmpty() ? null : e.faults().get(0).field();
            throw new Refused(new RowError(product.firstRow(), null, field,
                    Message.of("import.product-refused", product.code(), e.detail())));
        }
    }

    private static void run(ProductPlan product, Runnable step) {
        run(product, () -> {
            step.run();
            return true;
        });
    }
}
