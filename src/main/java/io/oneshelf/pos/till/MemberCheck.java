package io.oneshelf.pos.till;

import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Texts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether the member an offline sale was made for is still that member: one merged into another since (the till's
 * cache knew them before the merge) has the sale credited to the survivor — their points and orders — and the sale
 * is a {@code MEMBER_MERGED} conflict, so the manager sees whose it became.
 */
@Component
class MemberCheck {

    /** Whom the sale is for now, and the conflict if that changed. */
    record Member(UUID customerId, List<Conflicts.Found> conflicts) {
    }

    private final Customers customers;
    private final Texts texts;

    MemberCheck(Customers customers, Texts texts) {
        this.customers = customers;
        this.texts = texts;
    }

    Member check(Actor actor, UUID customerId) {
        if (customerId == null) {
            return new Member(null, List.of());
        }
        Optional<Customer> now = customers.current(actor.tenantId(), customerId);
        if (now.isEmpty() || now.get().id().equals(customerId)) {
            // an unknown member is the order's to refuse, as at a sale online
            return new Member(customerId, List.of());
        }
        String was = customers.find(actor.tenantId(), customerId).map(c -> PhoneNumber.masked(c.phone()))
                .orElse(customerId.toString());
        String is = PhoneNumber.masked(now.get().phone());
        return new Member(now.get().id(), List.of(new Conflicts.Found(Conflicts.Kind.MEMBER_MERGED,
                texts.text(Message.of("pos.conflict.member-merged", was, is)))));
    }
}
