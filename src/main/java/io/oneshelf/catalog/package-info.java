/**
 * One catalog for every channel (同貨): categories, product brands, products (SPU) with their variants (SKU),
 * barcodes, units, images, shelf status and channel availability, and the price book (同價). Depends on
 * {@code platform} and on {@code org} for stores and scopes ({@link io.oneshelf.org.Places}). Other modules look
 * SKUs up through {@link io.oneshelf.catalog.SkuCatalog} and resolve prices through
 * {@link io.oneshelf.catalog.Prices}, and read a SKU's picture through {@link io.oneshelf.catalog.SkuPictures} (to
 * draw it themselves, as share posters do); nothing else of the catalog is theirs to use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org"})
package io.oneshelf.catalog;
