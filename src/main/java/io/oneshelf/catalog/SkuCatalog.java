package io.oneshelf.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Looks up SKUs of one tenant for other modules (stock, orders) without exposing the catalog's tables. */
public interface SkuCatalog {

    /** The SKUs among {@code skuIds} that exist in the tenant, by id; unknown ids are simply absent. */
    Map<UUID, SkuRef> find(UUID tenantId, Collection<UUID> skuIds);
}
