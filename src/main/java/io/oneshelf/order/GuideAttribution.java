package io.oneshelf.order;

import java.util.Optional;
import java.util.UUID;

/**
 * Which guide an online order counts for, answered by the module that binds customers to guides (so that orders
 * do not depend on it: it implements this, decision 0051). Without an implementation no online order is credited
 * to a guide.
 */
public interface GuideAttribution {

    /** The guide whose share link carries {@code code}, if it names an enabled guide of the brand. */
    Optional<UUID> guideOfLink(UUID brandId, String code);

    /** The customer's exclusive guide (專屬導購), if they are bound to one (not to a store's pool). */
    Optional<UUID> boundGuide(UUID brandId, UUID customerId);
}
