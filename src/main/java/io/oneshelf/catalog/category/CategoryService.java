package io.oneshelf.catalog.category;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, edits, moves and removes categories of the caller's brand, auditing each change. */
@Service
class CategoryService {

    /** A new category under {@code parentId}, or a root; attributes are named as the API's body names them. */
    record Create(String code, String name, UUID parentId, Integer sortOrder) {
    }

    /** New name, parent and place of a category read at {@code version}. */
    record Edit(String name, UUID parentId, Integer sortOrder, int version) {
    }

    private final Categories categories;
    private final AuditLog audit;

    CategoryService(Categories categories, AuditLog audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional
    Category create(Actor actor, Create request) {
        UUID parent = existingParent(actor, request.parentId());
        Category category = new Category(Ids.next(), parent, request.code(), request.name(),
                sort(request.sortOrder()), 0, null);
        try {
            categories.insert(actor.tenantId(), category);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "catalog.category.code-taken", request.code());
        }
        Category created = get(actor, category.id());
        audit.record(actor, "category.created", "category", created.id(), null, created);
        return created;
    }

    @Transactional
    Category edit(Actor actor, UUID id, Edit request) {
        Category before = get(actor, id);
        UUID parent = existingParent(actor, request.parentId());
        Category after = before.edit(request.name(), parent, sort(request.sortOrder()),
                categories.subtree(actor.tenantId(), id));
        categories.update(actor.tenantId(), after, request.version());
        Category saved = get(actor, id);
        audit.record(actor, "category.edited", "category", id, before, saved);
        return saved;
    }

    @Transactional
    void delete(Actor actor, UUID id) {
        Category before = get(actor, id);
        if (categories.inUse(actor.tenantId(), id)) {
            throw Rejection.conflict("id", "catalog.category.in-use");
        }
        categories.delete(actor.tenantId(), id);
        audit.record(actor, "category.deleted", "category", id, before, null);
    }

    Category get(Actor actor, UUID id) {
        return categories.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("category"));
    }

    private UUID existingParent(Actor actor, UUID parentId) {
        if (parentId != null && categories.find(actor.tenantId(), parentId).isEmpty()) {
            throw Rejection.invalid("parentId", "catalog.category.foreign");
        }
        return parentId;
    }

    private static int sort(Integer sortOrder) {
        return sortOrder == null ? 0 : sortOrder;
    }
}
