package io.oneshelf.catalog.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the product sheet, one row per SKU. A header cell may name a column by its key ({@code skuCode})
 * or its Chinese label ({@code SKU编码}); exports write one or the other by the reader's language. A required
 * column must be in the header; an optional column left out of the header leaves that fact of existing products
 * as it is, while a column present is the truth for every row, blanks included (except the price: blank keeps).
 */
enum SheetColumn {
    PRODUCT_CODE("productCode", "商品编码", true),
    PRODUCT_NAME("productName", "商品名称", true),
    CATEGORY_CODE("categoryCode", "分类编码", true),
    BRAND_CODE("brandCode", "品牌编码", false),
    UNIT("unit", "单位", true),
    SPECS("specs", "规格", false),
    SKU_CODE("skuCode", "SKU编码", true),
    BARCODES("barcodes", "条码", false),
    LIST_PRICE("listPrice", "标准价(元)", false),
    CHANNELS("channels", "销售渠道", false),
    STATUS("status", "状态", false);

    private final String key;
    private final String label;
    private final boolean required;

    SheetColumn(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    /** "productCode (商品编码)": how messages name a column whatever the sheet's language. */
    String describe() {
        return key + " (" + label + ")";
    }

    static Optional<SheetColumn> byHeader(String header) {
        String wanted = normal(header);
        for (SheetColumn column : values()) {
            if (normal(column.key).equals(wanted) || normal(column.label).equals(wanted)
                || normal(column.label.replace("(元)", "")).equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Case, spaces, underscores and full-width brackets do not matter in a header. */
    private static String normal(String s) {
        return s.replace('（', '(').replace('）', ')').replace("_", "").replace(" ", "").trim()
                .toLowerCase(Locale.ROOT);
    }
}
