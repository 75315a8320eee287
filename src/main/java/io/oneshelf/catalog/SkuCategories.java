package io.oneshelf.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The categories SKUs fall in, for rules that apply to a category (a promotion of "all tea"): each SKU's product's
 * category and every category above it. Unknown SKUs are absent.
 */
public interface SkuCategories {

    Map<UUID, Set<UUID>> categoriesOf(UUID tenantId, Collection<UUID> skuIds);
}
