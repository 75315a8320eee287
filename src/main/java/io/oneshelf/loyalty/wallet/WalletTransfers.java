package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.WalletSpent.Part;
import io.oneshelf.loyalty.WalletTransferred;
import io.oneshelf.member.CustomersMergeUndone;
import io.oneshelf.member.CustomersMerged;
import io.oneshelf.platform.Ids;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Wallet value follows customer merges (decision 0042): a merge moves each owner's principal and bonus of the merged
 * customer's wallet to the survivor's, as transfer pairs (MERGE_OUT, MERGE_IN) that keep the value's owner, so the
 * liability per owner is unchanged and nothing is cleared between owners. An undo gives back, per owner, what the merge
 * moved, as much of its principal and of its bonus as the survivor still holds of that owner, and records the rest
 * as the shortfall. Both wallets are locked in id order; each pair's move ids derive from the merge, so a pair is
 * applied once.
 */
@Component
class WalletTransfers {

    private final WalletLedger ledger;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    WalletTransfers(WalletLedger ledger, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        UUID brand = merged.brandId();
        if (ledger.balance(brand, merged.mergedId()).walletId() == null) {
            return;
        }
        UUID[] wallets = lockBoth(brand, merged.mergedId(), merged.survivorId());
        UUID out = moveId("out", merged.mergeId());
        if (wallets[0] == null || ledger.applied(brand, out) || ledger.applied(brand, moveId("undo-out",
                merged.mergeId()))) {
            return;
        }
        List<Split.Bucket> held = ledger.buckets(wallets[0]).stream().filter(b -> b.total() > 0).toList();
        if (held.isEmpty()) {
            return;
        }
        move(brand, merged.mergeId(), "", new UUID[] {merged.mergedId(), merged.survivorId()}, wallets, held);
        events.publishEvent(new WalletTransferred(brand, merged.mergeId(), merged.mergedId(), merged.survivorId(),
                parts(held), List.of(), false));
    }

    @ApplicationModuleListener
    void on(CustomersMergeUndone undone) {
        UUID brand = undone.brandId();
        List<Split.Bucket> moved = ledger.moved(brand, moveId("in", undone.mergeId()));
        if (moved.isEmpty()) {
            return;
        }
        UUID[] wallets = lockBoth(brand, undone.survivorId(), undone.mergedId());
        if (ledger.applied(brand, moveId("undo-out", undone.mergeId()))) {
            return;
        }
        List<Split.Bucket> held = ledger.buckets(wallets[0]);
        List<Split.Bucket> back = new ArrayList<>();
        List<Split.Bucket> unreturned = new ArrayList<>();
        for (Split.Bucket m : moved) {
            Split.Bucket h = held.stream().filter(b -> b.owner().equals(m.owner())).findFirst()
                    .orElse(new Split.Bucket(m.owner(), 0, 0));
            Split.Bucket b = new Split.Bucket(m.owner(), Math.min(m.principal(), h.principal()),
                    Math.min(m.bonus(), h.bonus()));
            if (b.total() > 0) {
                back.add(b);
            }
            if (b.total() < m.total()) {
                unreturned.add(new Split.Bucket(m.owner(), m.principal() - b.principal(), m.bonus() - b.bonus()));
            }
        }
        move(brand, undone.mergeId(), "undo-", new UUID[] {undone.survivorId(), undone.mergedId()}, wallets, back);
        for (Split.Bucket s : unreturned) {
            jdbc.sql("""
                    insert into loyalty_merge_shortfall(tenant_id, merge_id, kind, owner_kind, owner_id, principal,
                                                        bonus, at)
                    values (:tenant, :merge, 'WALLET', :kind, :owner, :principal, :bonus, now())
                    on conflict do nothing""")
                    .param("tenant", brand).param("merge", undone.mergeId()).param("kind", s.owner().kind().name())
                    .param("owner", s.owner().id()).param("principal", s.principal()).param("bonus", s.bonus())
                    .update();
        }
        events.publishEvent(new WalletTransferred(brand, undone.mergeId(), undone.survivorId(), undone.mergedId(),
                parts(back), parts(unreturned), true));
    }

    /**
     * Locks the wallets of both customers in id order ({@code to}'s opened when it has none, {@code from}'s only when
     * it exists); their ids, {@code from}'s first (null: {@code from} has no wallet).
     */
    private UUID[] lockBoth(UUID brand, UUID from, UUID to) {
        if (from.compareTo(to) < 0) {
            UUID f = ledger.lock(brand, from).orElse(null);
            return new UUID[] {f, ledger.open(brand, to)};
        }
        UUID t = ledger.open(brand, to);
        return new UUID[] {ledger.lock(brand, from).orElse(null), t};
    }

    /** The pairs: each bucket out of {@code customers[0]}'s wallet, into {@code customers[1]}'s. */
    private void move(UUID brand, UUID mergeId, String prefix, UUID[] customers, UUID[] wallets,
                      List<Split.Bucket> buckets) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        String reference = "merge:" + mergeId;
        UUID out = moveId(prefix + "out", mergeId);
        UUID in = moveId(prefix + "in", mergeId);
        for (Split.Bucket b : buckets) {
            ledger.append(new Entry(Ids.next(), brand, wallets[0], customers[0], Entry.Kind.MERGE_OUT, out, b.owner(),
                    -b.principal(), -b.bonus(), reference, null, null, b.owner(), at));
            ledger.append(new Entry(Ids.next(), brand, wallets[1], customers[1], Entry.Kind.MERGE_IN, in, b.owner(),
                    b.principal(), b.bonus(), reference, null, null, b.owner(), at));
        }
    }

    /** The move id of one side of a merge's pair: derived from the merge, so that it is the same when heard twice. */
    static UUID moveId(String side, UUID mergeId) {
        return UUID.nameUUIDFromBytes(("wallet-merge-" + side + ":" + mergeId).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Part> parts(List<Split.Bucket> buckets) {
        return buckets.stream().map(b -> new Part(b.owner(), b.principal(), b.bonus())).toList();
    }
}
