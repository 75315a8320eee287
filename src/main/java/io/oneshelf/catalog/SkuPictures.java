package io.oneshelf.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * The picture that shows a SKU, for modules that draw it themselves (a share poster): the SKU's own picture when its
 * product has one for it, else the product's main picture. The stored file's bytes (JPEG, PNG or WebP as uploaded).
 */
public interface SkuPictures {

    /** The SKU's picture, or empty when neither it nor its product has one (or the SKU is unknown). */
    Optional<byte[]> of(UUID tenantId, UUID skuId);
}
