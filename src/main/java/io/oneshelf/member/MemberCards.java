package io.oneshelf.member;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Customers as a till recognises them without the server (its member snapshot, decision 0046): by phone or by
 * the member card number their member QR carries. Read in bulk, for other modules in process only: the phone
 * number itself never leaves the server in a snapshot.
 */
public interface MemberCards {

    /**
     * A customer's card. {@code current} is false for one merged into another or anonymised (their phone is then
     * null): a device drops them.
     *
     * @param phone      the normalised mobile number (see {@link PhoneNumber})
     * @param cardNumber the member card number, {@code M} and 10 digits, as the member QR carries it
     */
    record MemberCard(UUID customerId, String phone, String name, String cardNumber, boolean current) {
    }

    /** The brand's customers among these ids, in one read. */
    List<MemberCard> cards(UUID brandId, Collection<UUID> customerIds);

    /** Current customers registered at the store, latest first, at most {@code limit}. */
    List<UUID> registeredAt(UUID brandId, UUID storeId, int limit);

    /** The brand's customers changed (also merged or anonymised) at or after {@code since}, latest first. */
    List<UUID> changedSince(UUID brandId, Instant since, int limit);
}
