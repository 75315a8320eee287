package io.oneshelf.member.profile;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Merges a customer proves themselves: signed in as one customer, they bind an identity (a WeChat login) that
 * belongs to another, which proves both are them. The other is merged into the signed-in one, as an admin's merge
 * (audited, under the system actor {@code customer-binding}), and an admin may still undo it until confirmed.
 */
@Component
public class SelfMerges {

    private final CustomerMerges merges;

    SelfMerges(CustomerMerges merges) {
        this.merges = merges;
    }

    /** Merges {@code other} into {@code signedIn}; answers the merge's id. */
    public UUID mergeInto(UUID brand, UUID signedIn, UUID other) {
        return merges.merge(Actor.system(brand, "customer-binding"), signedIn, other).id();
    }
}
