package io.oneshelf.catalog.category;

import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** A node of the brand's category tree (e.g. 飲品 › 奶茶). A root has no parent. */
record Category(UUID id, UUID parentId, String code, String name, int sortOrder,
                int version, OffsetDateTime createdAt) {

    /**
     * Renames and moves the category; it may not become its own ancestor.
     *
     * @param subtree the ids of this category and everything below it
     */
    Category edit(String newName, UUID newParentId, int newSortOrder, Set<UUID> subtree) {
        if (newParentId != null && subtree.contains(newParentId)) {
            throw Rejection.invalid("parentId", "catalog.category.cycle");
        }
        return new Category(id, newParentId, code, newName, newSortOrder, version, createdAt);
    }
}
