package io.oneshelf.order.sale;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.StaffDirectory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose sales a guide's orders are (decision 0031): a guide sees and credits only their own orders (those whose
 * {@code guideId} is theirs); anyone above them (a store manager, HQ) sees the orders of their scope and may credit
 * any enabled staff member of the brand.
 */
@Component
class GuideRule {

    private final StaffDirectory staff;

    GuideRule(StaffDirectory staff) {
        this.staff = staff;
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
