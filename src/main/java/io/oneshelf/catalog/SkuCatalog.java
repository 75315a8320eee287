package io.oneshelf.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Looks up SKUs of one tenant for other modules (stock, orders) without exposing the catalog's tables. */
public interface SkuCatalog {

    /**
     * The SKUs among {@code skuIds} that exist in the tenant, by id, deactivated ones included (see {@link
     * SkuRef#active()}); unknown ids are simply absent.
     */
    Map<UUID, SkuRef> find(UUID tenantId, Collection<UUID> skuIds);

    /** Every SKU of the tenant in code order, for bulk jobs such as opening stock; not for request paths. */
    List<SkuRef> all(UUID tenantId);
}
