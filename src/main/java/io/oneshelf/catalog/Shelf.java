package io.oneshelf.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a brand offers through a sales channel, for storefronts: the category tree and the products that are on
 * shelf and offered through the channel, with their active SKUs and pictures. Prices are not here: they come from
 * the one price resolution ({@link Prices}), stock from inventory. A product off shelf, a draft, or one the channel
 * does not offer is simply absent.
 */
public interface Shelf {

    /** The brand's categories, parents before children, each level in sort order then name. */
    List<ShelfCategory> categories(UUID brandId);

    /**
     * Products on shelf offered through {@code channel}, by a fragment of a name or code (null: any) within a
     * category and everything below it (null: any), in id order after {@code after} (null: from the start).
     */
    List<ShelfProduct> products(UUID brandId, SalesChannel channel, String q, UUID categoryId, UUID after, int limit);

    /** One product on shelf offered through {@code channel}, with its active SKUs and pictures. */
    Optional<ShelfProductDetail> product(UUID brandId, SalesChannel channel, UUID productId);

    record ShelfCategory(UUID id, UUID parentId, String name, int sortOrder) {
    }

    /** A product as a list shows it: its main picture's public URL (null without one) and its active SKUs' ids. */
    record ShelfProduct(UUID id, String code, String name, UUID categoryId, String unit, String imageUrl,
                        List<UUID> skuIds) {
    }

    /** A product's page: its spec attributes (name → values in order), pictures' URLs and active SKUs. */
    record ShelfProductDetail(UUID id, String code, String name, UUID categoryId, String unit, String description,
                              Map<String, List<String>> specs, List<String> imageUrls, List<ShelfSku> skus) {
    }

    record ShelfSku(UUID id, String code, String name, Map<String, String> specs) {
    }
}
