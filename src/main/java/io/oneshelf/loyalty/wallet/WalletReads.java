package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.web.Page;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's wallet, its history and top-ups as staff and the customer read them. */
@Service
class WalletReads {

    private final WalletLedger ledger;
    private final TopUpBook topUps;
    private final WalletNames names;

    WalletReads(WalletLedger ledger, TopUpBook topUps, WalletNames names) {
        this.ledger = ledger;
        this.topUps = topUps;
        this.names = names;
    }

    @Transactional(readOnly = true)
    WalletViews.WalletView wallet(UUID brandId, UUID customerId) {
        WalletLedger.Balance b = ledger.balance(brandId, customerId);
        WalletNames.Lookup lookup = names.of(brandId);
        var owners = b.walletId() == null ? java.util.List.<WalletViews.OwnerBalance>of()
                : ledger.buckets(b.walletId()).stream()
                        .map(k -> new WalletViews.OwnerBalance(lookup.owner(k.owner()), k.principal(), k.bonus()))
                        .toList();
        return new WalletViews.WalletView(customerId, b.principal(), b.bonus(), b.principal() + b.bonus(), owners);
    }

    /** The customer's entries, newest first. */
    @Transactional(readOnly = true)
    Page<WalletViews.WalletEntryView> entries(UUID brandId, UUID customerId, String cursor, Integer limit) {
        int size = Page.limit(limit);
        WalletNames.Lookup lookup = names.of(brandId);
        return Page.of(ledger.entries(brandId, customerId, before(cursor), size + 1), size, Entry::id)
                .map(e -> WalletViews.WalletEntryView.of(e, lookup));
    }

    /** The customer's top-ups, newest first. */
    @Transactional(readOnly = true)
    Page<WalletViews.TopUpView> topUps(UUID brandId, UUID customerId, String cursor, Integer limit) {
        int size = Page.limit(limit);
        WalletNames.Lookup lookup = names.of(brandId);
        return Page.of(topUps.ofCustomer(brandId, customerId, before(cursor), size + 1), size, TopUp::id)
                .map(t -> WalletViews.TopUpView.of(t, lookup));
    }

    WalletViews.TopUpView view(TopUp t) {
        return WalletViews.TopUpView.of(t, names.of(t.brandId()));
    }

    private static UUID before(String cursor) {
        return cursor == null || cursor.isBlank() ? null : Page.after(cursor);
    }
}
