package io.oneshelf.payment;

import java.util.UUID;

/**
 * Take {@code amount} fen by {@code tender} for {@code reference}. For cash, {@code cashTendered} is what the
 * customer handed over (at least {@code amount}; the change is the difference). For card, {@code cardReference}
 * is the terminal's reference. {@code placeId} is the store the money was taken at (null online); {@code staffId}
 * the cashier or guide (null for a customer paying online). {@code key} makes the call idempotent. {@code payer}
 * is the customer whose account an {@link Tender#account() account tender} draws on (null for other tenders).
 */
public record TakePayment(UUID brandId, String reference, Tender tender, long amount, Long cashTendered,
                          String cardReference, String description, UUID placeId, UUID staffId, String key,
                          UUID payer) {

    /** A tender that draws on no account. */
    public TakePayment(UUID brandId, String reference, Tender tender, long amount, Long cashTendered,
                       String cardReference, String description, UUID placeId, UUID staffId, String key) {
        this(brandId, reference, tender, amount, cashTendered, cardReference, description, placeId, staffId, key,
                null);
    }
}
