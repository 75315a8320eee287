package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.loyalty.WalletRefunded;
import io.oneshelf.loyalty.WalletSpent;
import io.oneshelf.payment.AccountTender;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The {@code WALLET} tender: a payment debits the payer's wallet in the {@link Split spending order}, a refund of
 * it credits the wallet back in the spend's split, both in the payment's transaction under the wallet's lock. A
 * move already applied (its entry id is in the ledger) changes nothing, so a payment can never be taken twice.
 */
@Component
class WalletTender implements AccountTender {

    private final WalletLedger ledger;
    private final WalletOwners owners;
    private final ApplicationEventPublisher events;

    WalletTender(WalletLedger ledger, WalletOwners owners, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.owners = owners;
        this.events = events;
    }

    @Override
    public Tender tender() {
        return Tender.WALLET;
    }

    @Override
    public void debit(Move move) {
        UUID wallet = ledger.lock(move.brandId(), move.payer())
                .orElseThrow(() -> Rejection.invalid("amount", "loyalty.wallet.insufficient"));
        if (ledger.applied(move.brandId(), move.entry())) {
            return;
        }
        ValueOwner place = owners.ofPlace(move.brandId(), move.placeId());
        List<WalletSpent.Part> parts = Split.spend(ledger.buckets(wallet), move.amount(), place);
        append(move, wallet, Entry.Kind.SPEND, parts, place, -1);
        events.publishEvent(new WalletSpent(move.brandId(), wallet, move.payer(), move.paymentId(), move.reference(),
                parts.stream().mapToLong(WalletSpent.Part::principal).sum(),
                parts.stream().mapToLong(WalletSpent.Part::bonus).sum(), move.placeId(), place, parts));
    }

    @Override
    public void credit(Move move) {
        UUID wallet = ledger.lock(move.brandId(), move.payer())
                .orElseThrow(() -> new IllegalStateException("No wallet to refund payment " + move.paymentId()));
        if (ledger.applied(move.brandId(), move.entry())) {
            return;
        }
        ValueOwner place = owners.ofPlace(move.brandId(), move.placeId());
        List<WalletSpent.Part> parts = Split.refund(ledger.unrefunded(move.brandId(), move.paymentId()),
                move.amount());
        append(move, wallet, Entry.Kind.REFUND, parts, place, 1);
        events.publishEvent(new WalletRefunded(move.brandId(), wallet, move.payer(), move.paymentId(), move.entry(),
                move.reference(), parts.stream().mapToLong(WalletSpent.Part::principal).sum(),
                parts.stream().mapToLong(WalletSpent.Part::bonus).sum(), move.placeId(), place, parts));
    }

    private void append(Move move, UUID wallet, Entry.Kind kind, List<WalletSpent.Part> parts, ValueOwner place,
                        int sign) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (WalletSpent.Part part : parts) {
            ledger.append(new Entry(Ids.next(), move.brandId(), wallet, move.payer(), kind, move.entry(), part.owner(),
                    sign * part.principal(), sign * part.bonus(), move.reference(), move.paymentId(), move.placeId(),
                    place, now));
        }
    }
}
