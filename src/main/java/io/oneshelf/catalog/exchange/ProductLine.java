package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.exchange.SheetValues.ShelfStatus;
import io.oneshelf.platform.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One row of the sheet, read into typed values. Optional facts are null when their column is not in the sheet
 * (keep what the product has); the brand is null also when its cell is blank (no brand), the price and status
 * when their cell is blank (keep).
 */
record ProductLine(int row, String productCode, String productName, String categoryCode, String brandCode,
                   String unit, Map<String, String> specs, String skuCode, List<String> barcodes, Long listPriceFen,
                   Set<SalesChannel> channels, ShelfStatus status) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Message CODE_MESSAGE = Message.of("validation.code-40");

    /** The row read, or null after adding its errors; every cell is checked, so all of a row's errors show. */
    static ProductLine read(Sheet sheet, Sheet.Row row, List<RowError> errors) {
        Reading r = new Reading(sheet, row, errors);
        String productCode = r.code(SheetColumn.PRODUCT_CODE);
        String name = r.text(SheetColumn.PRODUCT_NAME, 100);
        String category = r.required(SheetColumn.CATEGORY_CODE);
        String brand = r.optional(SheetColumn.BRAND_CODE, s -> s);
        String unit = r.text(SheetColumn.UNIT, 20);
        Map<String, String> specs = sheet.has(SheetColumn.SPECS)
                ? r.parsed(SheetColumn.SPECS, SheetValues::specs) : null;
        String skuCode = r.code(SheetColumn.SKU_CODE);
        List<String> barcodes = sheet.has(SheetColumn.BARCODES)
                ? r.parsed(SheetColumn.BARCODES, ProductLine::barcodes) : null;
        Long price = r.optional(SheetColumn.LIST_PRICE, SheetValues::fen);
        Set<SalesChannel> channels = sheet.has(SheetColumn.CHANNELS)
                ? r.parsed(SheetColumn.CHANNELS, SheetValues::channels) : null;
        ShelfStatus status = r.optional(SheetColumn.STATUS, SheetValues::status);
        return r.failed ? null : new ProductLine(row.number(), productCode, name, category, brand, unit, specs,
                skuCode, barcodes, price, channels, status);
    }

    private static List<String> barcodes(String text) {
        List<String> codes = SheetValues.items(text);
        if (codes.size() > 10) {
            throw new BadCell("import.cell.too-many-barcodes", 10);
        }
        for (String code : codes) {
            if (code.matches("\\d(\\.\\d+)?[Ee]\\+?\\d+")) {
                throw new BadCell("import.cell.barcode-as-number", code);
            }
            if (!io.oneshelf.catalog.product.ProductUpserts.validBarcode(code)) {
                throw new BadCell("import.cell.barcode-invalid", code);
            }
            if (codes.indexOf(code) != codes.lastIndexOf(code)) {
                throw new BadCell("import.cell.barcode-twice", code);
            }
        }
        return codes;
    }

    /** Reads the cells of one row, noting each bad one. */
    private static final class Reading {
        private final Sheet sheet;
        private final Sheet.Row row;
        private final List<RowError> errors;
        private boolean failed;

        Reading(Sheet sheet, Sheet.Row row, List<RowError> errors) {
            this.sheet = sheet;
            this.row = row;
            this.errors = errors;
        }

        String required(SheetColumn column) {
            String value = row.get(column);
            if (value.isBlank()) {
                fail(column, Message.of("validation.required"));
                return null;
            }
            return value;
        }

        String code(SheetColumn column) {
            String value = required(column);
            if (value != null && !CODE.matcher(value).matches()) {
                fail(column, CODE_MESSAGE);
            }
            return value;
        }

        String text(SheetColumn column, int max) {
            String value = required(column);
            if (value != null && value.length() > max) {
                fail(column, Message.of("validation.size.text.max", max));
            }
            return value;
        }

        <T> T optional(SheetColumn column, Function<String, T> parse) {
            return row.get(column).isBlank() ? null : parsed(column, parse);
        }

        <T> T parsed(SheetColumn column, Function<String, T> parse) {
            try {
                return parse.apply(row.get(column));
            } catch (IllegalArgumentException e) {
                fail(column, e instanceof BadCell bad ? bad.message : Message.of("problem.field.wrong-type"));
                return null;
            }
        }

        private void fail(SheetColumn column, Message message) {
            failed = true;
            errors.add(RowError.of(sheet, row.number(), column, message));
        }
    }
}
