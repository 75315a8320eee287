package io.oneshelf.guide.binding;

import io.oneshelf.guide.content.ShareCodes;
import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.org.StaffRoster;
import io.oneshelf.order.GuideAttribution;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Credits online orders to guides for the order module: a share link's code is the guide's id (a share link is
 * public, so its code needs no secret: it only names whom the customer came through) or the code of one of the
 * guide's published posts and product shares (decision 0054), and a bound customer's orders count for their
 * exclusive guide.
 */
@Component
class Attribution implements GuideAttribution {

    private final GuideAccess guides;
    private final BindingStore bindings;
    private final ShareCodes shares;

    Attribution(GuideAccess guides, BindingStore bindings, ShareCodes shares) {
        this.guides = guides;
        this.bindings = bindings;
        this.shares = shares;
    }

    @Override
    public Optional<UUID> guideOfLink(UUID brandId, String code) {
        Optional<UUID> named = parse(code).or(() -> shares.guideOf(brandId, code));
        return named.flatMap(id -> guides.guide(brandId, id)).filter(StaffRoster.Member::enabled)
                .map(StaffRoster.Member::id);
    }

    @Override
    public Optional<UUID> boundGuide(UUID brandId, UUID customerId) {
        return bindings.current(brandId, customerId).map(Binding::guideId);
    }

    static Optional<UUID> parse(String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(UUID.fromString(code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
