package io.oneshelf.order.sale;

import io.oneshelf.order.GuideAttribution;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.StaffDirectory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose sales a guide's orders are (decision 0031): a guide sees and credits only their own orders (those whose
 * {@code guideId} is theirs); anyone above them (a store manager, HQ) sees the orders of their scope and may credit
 * any enabled staff member of the brand. An online order the customer places themselves credits the guide whose
 * share link they came through, else their exclusive guide ({@link GuideAttribution}, decision 0051).
 */
@Component
class GuideRule {

    private final StaffDirectory staff;
    private final List<GuideAttribution> attributions;

    GuideRule(StaffDirectory staff, List<GuideAttribution> attributions) {
        this.staff = staff;
        this.attributions = attributions;
    }

    /**
     * The guide the order credits: the one it names (its share link's, for an online order), else the guide making
     * a guide's order, else for an online order the customer's exclusive guide; null for none.
     */
    UUID credited(PlaceOrder c) {
        if (c.guideId() != null) {
            return c.guideId();
        }
        if (c.channel() == OrderChannel.GUIDE) {
            return c.staff() == null ? null : c.staff().id();
        }
        if (c.channel() != OrderChannel.ONLINE || c.customerId() == null) {
            return null;
        }
        return attributions.stream().map(a -> a.boundGuide(c.brandId(), c.customerId())).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /** Whether the caller sees only the orders they are credited with. */
    static boolean ownOrdersOnly(Actor actor) {
        return actor.role() == Role.GUIDE;
    }

    /** Whether the caller may see the order credited to {@code guideId}, scope aside. */
    static boolean maySee(Actor actor, UUID guideId) {
        return !ownOrdersOnly(actor) || actor.id().equals(guideId);
    }

    /**
     * Checks the guide an order is to credit: a guide only themselves; anyone else an enabled staff member of the
     * brand ({@code INVALID} on {@code guideId} otherwise). Nothing to check when no guide is named.
     */
    void checkCredit(Actor actor, UUID guideId) {
        if (guideId == null || actor == null || guideId.equals(actor.id())) {
            return;
        }
        if (ownOrdersOnly(actor)) {
            throw Rejection.invalid("guideId", "order.guide.self-only");
        }
        boolean known = actor.kind() == Actor.Kind.SYSTEM || staff.findEnabled(guideId)
                .filter(a -> a.actor().tenantId().equals(actor.tenantId())).isPresent();
        if (!known) {
            throw Rejection.invalid("guideId", "order.guide.unknown");
        }
    }
}
