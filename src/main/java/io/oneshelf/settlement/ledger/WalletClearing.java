package io.oneshelf.settlement.ledger;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.loyalty.WalletRefunded;
import io.oneshelf.loyalty.WalletSpent;
import io.oneshelf.platform.Ids;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stored-value clearing (decision 0036) in the settlement ledger: each part of a wallet payment whose value belongs
 * to another owner than the place it was spent at (online: the brand) makes the value's owner owe the place's owner
 * that much; each part of its refund owes that much less. Recorded once per move and owner (an event delivered twice
 * adds nothing) in {@code settlement_wallet_entry}, which the report sums with the stock obligations.
 */
@Component
class WalletClearing {

    private final JdbcClient jdbc;

    WalletClearing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(WalletSpent spent) {
        record(spent.brandId(), "SPENT", spent.paymentId(), spent.paymentId(), spent.reference(), spent.placeId(),
                spent.placeOwner(), spent.parts(), 1);
    }

    @ApplicationModuleListener
    void on(WalletRefunded refunded) {
        record(refunded.brandId(), "REFUNDED", refunded.refundId(), refunded.paymentId(), refunded.reference(),
                refunded.placeId(), refunded.placeOwner(), refunded.parts(), -1);
    }

    private void record(UUID brandId, String cause, UUID causeId, UUID paymentId, String reference, UUID placeId,
                        ValueOwner placeOwner, List<WalletSpent.Part> parts, int sign) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (WalletSpent.Part part : parts) {
            if (part.owner().equals(placeOwner)) {
                continue;
            }
            jdbc.sql("""
                    insert into settlement_wallet_entry(id, tenant_id, cause, cause_id, payment_id, reference, place_id,
                        store_id, debtor_kind, debtor_id, creditor_kind, creditor_id, principal, bonus, amount,
                        recorded_at)
                    values (:id, :tenant, :cause, :causeId, :payment, :reference, :place, :place, :debtorKind,
                            :debtorId, :creditorKind, :creditorId, :principal, :bonus, :amount, :at)
                    on conflict (tenant_id, cause_id, debtor_kind, debtor_id) do nothing""")
                    .param("id", Ids.next()).param("tenant", brandId).param("cause", cause).param("causeId", causeId)
                    .param("payment", paymentId).param("reference", reference).param("place", placeId)
                    .param("debtorKind", part.owner().kind().name()).param("debtorId", part.owner().id())
                    .param("creditorKind", placeOwner.kind().name()).param("creditorId", placeOwner.id())
                    .param("principal", sign * part.principal()).param("bonus", sign * part.bonus())
                    .param("amount", sign * (part.principal() + part.bonus())).param("at", now)
                    .update();
        }
    }
}
