/**
 * One catalog for every channel (同貨): categories, product brands, products (SPU) with their variants (SKU),
 * barcodes, units, images, shelf status and channel availability, and the price book (同價). Depends on
 * {@code platform} and on {@code org} for stores and scopes. Other modules look SKUs up through {@link
 * io.oneshelf.catalog.SkuCatalog}.
 */
package io.oneshelf.catalog;
