package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.exchange.CatalogLookups.Existing;
import io.oneshelf.catalog.exchange.CatalogLookups.ExistingProduct;
import io.oneshelf.catalog.exchange.CatalogLookups.ExistingSku;
import io.oneshelf.catalog.exchange.ImportPlan.ProductPlan;
import io.oneshelf.catalog.exchange.ImportPlan.SkuPlan;
import io.oneshelf.catalog.exchange.SheetValues.ShelfStatus;
import io.oneshelf.catalog.product.SpecAttribute;
import io.oneshelf.platform.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Checks the rows of a sheet against each other and against the catalog, and turns them into an {@link ImportPlan}.
 * Every row is checked even after the first error, so the user gets all of them at once. The rules are those of
 * the catalog itself: codes unique in the brand, barcodes unique in the brand (a barcode may move between two SKUs
 * of the same sheet), the variants of a new product are every combination of its spec values (see {@code
 * SkuMatrix}), an existing product's variants stay as they are, the price policy holds, and the shelf rules.
 */
final class ImportCheck {

    private final Sheet sheet;
    private final Existing existing;
    private final PriceFacts prices;
    private final List<RowError> errors;
    private final Map<String, ProductLine> lineOfSku = new HashMap<>();
    private final Map<String, Integer> rowOfBarcode = new HashMap<>();

    /** The price facts the checks need, read once per import. */
    record PriceFacts(Map<UUID, Long> standing, Set<UUID> pricedNow, PriceProblem problem) {
    }

    /** Why a list price for an existing SKU would be refused, or null. */
    interface PriceProblem {
        Message of(UUID skuId, long listFen);
    }

    ImportCheck(Sheet sheet, Existing existing, PriceFacts prices, List<RowError> errors) {
        this.sheet = sheet;
        this.existing = existing;
        this.prices = prices;
        this.errors = errors;
    }

    /**
     * @param incomplete product codes with a row that could not be read; their variant matrix is not judged
     */
    ImportPlan check(List<ProductLine> lines, Set<String> incomplete, IntConsumer progress) {
        for (ProductLine line : lines) {
            ProductLine earlier = lineOfSku.putIfAbsent(line.skuCode(), line);
            if (earlier != null) {
                error(line, SheetColumn.SKU_CODE, Message.of("import.sku.also-on-row", line.skuCode(), earlier.row()));
            }
        }
        Map<String, List<ProductLine>> byProduct = new LinkedHashMap<>();
        lines.forEach(l -> byProduct.computeIfAbsent(l.productCode(), c -> new ArrayList<>()).add(l));
        List<ProductPlan> plans = new ArrayList<>();
        for (List<ProductLine> group : byProduct.values()) {
            plans.add(product(group, !incomplete.contains(group.get(0).productCode())));
            progress.accept(group.size());
        }
        return new ImportPlan(plans);
    }

    private ProductPlan product(List<ProductLine> group, boolean complete) {
        ProductLine first = group.get(0);
        group.subList(1, group.size()).forEach(line -> agree(first, line));
        UUID category = existing.categories().get(first.categoryCode());
        if (category == null) {
            error(first, SheetColumn.CATEGORY_CODE, Message.of("import.category.unknown", first.categoryCode()));
        }
        UUID brand = first.brandCode() == null ? null : existing.brands().get(first.brandCode());
        if (first.brandCode() != null && brand == null) {
            error(first, SheetColumn.BRAND_CODE, Message.of("import.brand.unknown", first.brandCode()));
        }
        ExistingProduct product = existing.products().get(first.productCode());
        List<SkuPlan> skus = group.stream().map(line -> sku(line, product)).toList();
        List<SpecAttribute> attributes = product == null ? new VariantMatrix(sheet, errors).attributes(group,
                complete) : List.of();
        ShelfStatus current = product == null ? ShelfStatus.DRAFT : ShelfStatus.valueOf(product.status());
        ShelfStatus target = first.status() == null || first.status() == current ? null : first.status();
        if (target != null) {
            checkStatus(first, group, product, current, target);
        }
        return new ProductPlan(first.row(), first.productCode(), product == null ? null : product.id(), current,
                first.productName(), category, brand, !sheet.has(SheetColumn.BRAND_CODE), first.unit(),
                first.channels(), attributes, target, skus);
    }

    /** Product facts repeat on every row of the product and must agree with its first row. */
    private void agree(ProductLine first, ProductLine line) {
        same(first, line, SheetColumn.PRODUCT_NAME, ProductLine::productName);
        same(first, line, SheetColumn.CATEGORY_CODE, ProductLine::categoryCode);
        same(first, line, SheetColumn.BRAND_CODE, ProductLine::brandCode);
        same(first, line, SheetColumn.UNIT, ProductLine::unit);
        same(first, line, SheetColumn.CHANNELS, ProductLine::channels);
        same(first, line, SheetColumn.STATUS, ProductLine::status);
    }

    private void same(ProductLine first, ProductLine line, SheetColumn column, Function<ProductLine, ?> fact) {
        if (!Objects.equals(fact.apply(first), fact.apply(line))) {
            error(line, column, Message.of("import.product.differs", first.row(),
                    first.productCode()));
        }
    }

    private SkuPlan sku(ProductLine line, ExistingProduct product) {
        ExistingSku sku = existing.skus().get(line.skuCode());
        if (product == null && sku != null) {
            error(line, SheetColumn.SKU_CODE, Message.of("import.sku.other-product", line.skuCode(),
                    sku.productCode()));
            sku = null;
        } else if (product != null && (sku == null || !sku.productId().equals(product.id()))) {
            error(line, SheetColumn.SKU_CODE, sku == null
                    ? Message.of("import.sku.not-in-product", product.code(), line.skuCode())
                    : Message.of("import.sku.other-product", line.skuCode(), sku.productCode()));
            sku = null;
        }
        if (sku != null && line.specs() != null && !line.specs().equals(sku.specs())) {
            error(line, SheetColumn.SPECS, Message.of("import.sku.specs-fixed", sku.code(),
                    SheetValues.specs(sku.specs())));
        }
        if (line.barcodes() != null) {
            line.barcodes().forEach(code -> barcode(line, code));
        }
        if (sku != null && line.listPriceFen() != null
            && !line.listPriceFen().equals(prices.standing().get(sku.id()))) {
            Message problem = prices.problem().of(sku.id(), line.listPriceFen());
            if (problem != null) {
                error(line, SheetColumn.LIST_PRICE, problem);
            }
        }
        return new SkuPlan(line.row(), line.skuCode(), sku == null ? null : sku.id(), line.specs(), line.barcodes(),
                sku == null ? List.of() : sku.barcodes(), line.listPriceFen());
    }

    private void barcode(ProductLine line, String code) {
        Integer earlier = rowOfBarcode.putIfAbsent(code, line.row());
        if (earlier != null) {
            error(line, SheetColumn.BARCODES, Message.of("import.barcode.also-on-row", code, earlier));
            return;
        }
        String owner = existing.barcodeOwners().get(code);
        if (owner == null || owner.equals(line.skuCode())) {
            return;
        }
        ProductLine ownerLine = lineOfSku.get(owner);
        boolean movesAway = ownerLine != null && ownerLine.barcodes() != null && !ownerLine.barcodes().contains(code);
        if (!movesAway) {
            error(line, SheetColumn.BARCODES, Message.of("import.barcode.taken", code, owner));
        }
    }

    private void checkStatus(ProductLine first, List<ProductLine> group, ExistingProduct product,
                             ShelfStatus current, ShelfStatus target) {
        switch (target) {
            case DRAFT -> error(first, SheetColumn.STATUS, Message.of("import.status.no-draft"));
            case OFF_SHELF -> {
                if (current != ShelfStatus.ON_SHELF) {
                    error(first, SheetColumn.STATUS, Message.of("catalog.product.not-on-shelf"));
                }
            }
            case ON_SHELF -> {
                List<String> unpriced = unpriced(group, product);
                if (!unpriced.isEmpty()) {
                    error(first, SheetColumn.STATUS, Message.of("import.status.unpriced",
                            String.join(", ", unpriced)));
                }
            }
        }
    }

    /** The active SKUs of the product after the import that would have no list price valid now. */
    private List<String> unpriced(List<ProductLine> group, ExistingProduct product) {
        Map<String, Long> priceInSheet = new HashMap<>();
        group.stream().filter(l -> l.listPriceFen() != null).forEach(l -> priceInSheet.put(l.skuCode(),
                l.listPriceFen()));
        if (product == null) {
            return group.stream().map(ProductLine::skuCode).filter(c -> !priceInSheet.containsKey(c)).toList();
        }
        return existing.skusOfProduct().getOrDefault(product.code(), List.of()).stream()
                .filter(ExistingSku::active)
                .filter(s -> !priceInSheet.containsKey(s.code()) && !prices.pricedNow().contains(s.id()))
                .map(ExistingSku::code).sorted().toList();
    }

    private void error(ProductLine line, SheetColumn column, Message message) {
        errors.add(RowError.of(sheet, line.row(), column, message));
    }
}
