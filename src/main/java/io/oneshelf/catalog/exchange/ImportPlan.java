package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.exchange.SheetValues.ShelfStatus;
import io.oneshelf.catalog.product.SpecAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a fully valid sheet will do, product by product, in sheet order. */
record ImportPlan(List<ProductPlan> products) {

    /**
     * One product: created when {@code existingId} is null, otherwise updated. {@code keepBrand}, a null
     * {@code channels} or {@code status} leave those as they are.
     */
    record ProductPlan(int firstRow, String code, UUID existingId, ShelfStatus currentStatus, String name,
                       UUID categoryId, UUID brandId, boolean keepBrand, String unit, Set<SalesChannel> channels,
                       List<SpecAttribute> attributes, ShelfStatus status, List<SkuPlan> skus) {

        boolean isNew() {
            return existingId == null;
        }
    }

    /** One SKU; a null {@code barcodes} keeps the SKU's barcodes, a null price its list price. */
    record SkuPlan(int row, String code, UUID existingId, Map<String, String> specs, List<String> barcodes,
                   List<String> currentBarcodes, Long listPriceFen) {
    }

    /** What applying the plan changed. */
    record Outcome(int productsCreated, int productsUpdated, int skusCreated, int skusUpdated) {
    }
}
