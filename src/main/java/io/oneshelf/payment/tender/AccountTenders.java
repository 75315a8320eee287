package io.oneshelf.payment.tender;

import io.oneshelf.payment.AccountTender;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@link AccountTender}s other modules provide, by tender: debits a taken account tender and credits a refunded
 * one, in the caller's transaction. A tender no module keeps an account for is refused on {@code tender}.
 */
@Component
class AccountTenders {

    private final Map<Tender, AccountTender> byTender = new EnumMap<>(Tender.class);

    AccountTenders(List<AccountTender> accounts) {
        accounts.forEach(a -> {
            if (byTender.put(a.tender(), a) != null) {
                throw new IllegalStateException("Two accounts pay by " + a.tender());
            }
        });
    }

    /** Refuses, before anything is recorded, a tender with no account behind it. */
    void check(Tender tender) {
        if (tender.account() && !byTender.containsKey(tender)) {
            throw Rejection.invalid("tender", "payment.tender.unavailable");
        }
    }

    void debit(Tendered p) {
        byTender.get(p.tender()).debit(move(p, p.id(), p.amount()));
    }

    void credit(Tendered p, UUID refundPart, long amount) {
        byTender.get(p.tender()).credit(move(p, refundPart, amount));
    }

    private static AccountTender.Move move(Tendered p, UUID entry, long amount) {
        return new AccountTender.Move(p.tenantId(), UUID.fromString(p.payerId()), p.reference(), p.id(), entry,
                amount, p.placeId());
    }
}
