package io.oneshelf.catalog.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A category with its sub-categories, as the tree is shown. */
record CategoryNode(UUID id, UUID parentId, String code, String name, int sortOrder, int version,
                    List<CategoryNode> children) {

    private static final Comparator<Category> ORDER =
            Comparator.comparingInt(Category::sortOrder).thenComparing(Category::code);

    /** Builds the forest of {@code all}, each level ordered by sort order then code. */
    static List<CategoryNode> tree(List<Category> all) {
        Map<UUID, List<Category>> byParent = new LinkedHashMap<>();
        all.stream().sorted(ORDER).forEach(c -> byParent.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
        return childrenOf(null, byParent);
    }

    private static List<CategoryNode> childrenOf(UUID parentId, Map<UUID, List<Category>> byParent) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .map(c -> new CategoryNode(c.id(), c.parentId(), c.code(), c.name(), c.sortOrder(), c.version(),
                        childrenOf(c.id(), byParent)))
                .toList();
    }
}
