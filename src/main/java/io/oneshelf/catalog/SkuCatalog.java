package io.oneshelf.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up SKUs of one tenant for other modules (stock, orders, POS) without exposing the catalog's tables.
 * Every lookup includes deactivated SKUs (see {@link SkuRef#active()}): whether one may still be sold is the
 * caller's rule to apply. Unknown ids, codes and barcodes are simply absent.
 */
public interface SkuCatalog {

    /** The SKUs among {@code skuIds} that exist in the tenant, by id. */
    Map<UUID, SkuRef> find(UUID tenantId, Collection<UUID> skuIds);

    /** The SKUs among {@code codes} (exact SKU codes, e.g. from a sheet or a partner's order), by code. */
    Map<String, SkuRef> findByCodes(UUID tenantId, Collection<String> codes);

    /** The SKU a scanned barcode (EAN-13, UPC …) stands for in the tenant. */
    Optional<SkuRef> findByBarcode(UUID tenantId, String barcode);

    /** Every SKU of the tenant in code order, for bulk jobs such as opening stock; not for request paths. */
    List<SkuRef> all(UUID tenantId);
}
