package io.oneshelf.pos.snapshot;

import io.oneshelf.loyalty.MemberTiers;
import io.oneshelf.member.MemberCards;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.order.StoreCustomers;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.snapshot.SnapshotViews.Member;
import io.oneshelf.pos.snapshot.SnapshotViews.MemberSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The members a till may look up offline (decision 0046): in full, the store's customers (those who ordered there,
 * latest first, then those it registered); since a copy, those who ordered there since and the brand's customers
 * whose record or tier changed since. At most {@link #CAP}, read in a handful of set-based statements.
 */
@Service
class TillMembers {

    static final int CAP = 5_000;
    /**
     * How far before {@code since} changes are looked for again: a change committed just after a snapshot may carry
     * a time from just before it (its transaction started earlier). Sending a member twice costs nothing.
     */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    private final TillStores stores;
    private final StoreCustomers orders;
    private final MemberCards cards;
    private final MemberTiers tiers;

    TillMembers(TillStores stores, StoreCustomers orders, MemberCards cards, MemberTiers tiers) {
        this.stores = stores;
        this.orders = orders;
        this.cards = cards;
        this.tiers = tiers;
    }

    MemberSnapshot members(Actor actor, UUID tillId, Instant since) {
        PlaceRef store = stores.storeOf(actor, tillId);
        UUID brand = actor.tenantId();
        Instant asOf = Instant.now();
        Set<UUID> ids = new LinkedHashSet<>();
        if (since == null) {
            ids.addAll(orders.orderedAt(brand, store.id(), null, CAP));
            ids.addAll(cards.registeredAt(brand, store.id(), CAP));
        } else {
            Instant from = since.minus(OVERLAP);
            ids.addAll(orders.orderedAt(brand, store.id(), from, CAP));
            ids.addAll(cards.changedSince(brand, from, CAP));
            ids.addAll(tiers.changedSince(brand, from, CAP));
        }
        List<UUID> capped = ids.stream().limit(CAP).toList();
        Map<UUID, String> tierOf = tiers.tierOf(brand, capped);
        List<Member> members = new ArrayList<>();
        List<UUID> removed = new ArrayList<>();
        for (MemberCards.MemberCard card : cards.cards(brand, capped)) {
            if (card.current()) {
                members.add(new Member(card.customerId(), phoneHash(card.phone()), PhoneNumber.masked(card.phone()),
                        card.cardNumber(), card.name(), tierOf.get(card.customerId())));
            } else {
                removed.add(card.customerId());
            }
        }
        return new MemberSnapshot(asOf.atOffset(ZoneOffset.UTC), members, removed);
    }

    /** SHA-256 (hex) of the normalised phone: what the device computes of a phone typed in, to find the member. */
    static String phoneHash(String phone) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(phone.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
