package io.oneshelf.order.routing;

/** When online orders may draw on the stock of a store a franchisee runs (the franchisee owns that stock). */
public enum FranchiseStockRule {
    /** Never: franchised stores serve online orders only from the brand's stock, i.e. not at all. */
    NEVER,
    /** Only what is available above the brand's buffer, per SKU. */
    ABOVE_BUFFER,
    /** Everything available, as at the brand's own places. */
    ALWAYS
}
