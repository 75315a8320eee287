package io.oneshelf.guide.content;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A share's code as a guide link for the binding and the order attribution: a published share's link binds its
 * customer to the share's guide and credits that guide, as the guide's own link does; following it signed in counts
 * as a touch of the share.
 */
@Component
public class ShareCodes {

    private final ShareStore store;
    private final ShareStats stats;

    ShareCodes(ShareStore store, ShareStats stats) {
        this.store = store;
        this.stats = stats;
    }

    /** The guide of the published share {@code code} names, if any. */
    public Optional<UUID> guideOf(UUID brandId, String code) {
        return published(brandId, code).map(Share::guideId);
    }

    /** Records that the signed-in customer followed the share's link (for last-touch attribution). */
    public void followed(UUID brandId, UUID customerId, String code) {
        published(brandId, code).ifPresent(s -> stats.touch(brandId, s.id(), customerId, "OPEN"));
    }

    Optional<Share> published(UUID brandId, String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return Optional.empty();
        }
        return store.byCode(brandId, code.strip()).filter(Share::published);
    }
}
