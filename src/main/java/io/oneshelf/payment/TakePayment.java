package io.oneshelf.payment;

import java.util.UUID;

/**
 * Take {@code amount} fen by {@code tender} for {@code reference}. For cash, {@code cashTendered} is what the
 * customer handed over (at least {@code amount}; the change is the difference). For card, {@code cardReference}
 * is the terminal's reference. {@code placeId} is the store the money was taken at (null online); {@code staffId}
 * the cashier or guide (null for a customer paying online). {@code key} makes the call idempotent. {@code payer}
 * is the customer whose account an {@link Tender#account() account tender} draws on (null for other tenders).
 * {@code authCode} is the payment code a cashier scanned from the customer's phone (付款碼, micropay): a
 * {@link Tender#WECHAT_PAY} tender with one is charged at once and succeeds or is declined in the call; without
 * one a gateway tender waits for the customer to pay by its link.
 */
public record TakePayment(UUID brandId, String reference, Tender tender, long amount, Long cashTendered,
                          String cardReference, String description, UUID placeId, UUID staffId, String key,
                          UUID payer, String authCode) {

    /** A tender with no payment code scanned. */
    public TakePayment(UUID brandId, String reference, Tender tender, long amount, Long cashTendered,
                       String cardReference, String description, UUID placeId, UUID staffId, String key,
                       UUID payer) {
        this(brandId, reference, tender, amount, cashTendered, cardReference, description, placeId, staffId, key,
                payer, null);
    }

    /** A tender that draws on no account. */
    public TakePayment(UUID brandId, String reference, Tender tender, long amount, Long cashTendered,
                       String cardReference, String description, UUID placeId, UUID staffId, String key) {
        this(brandId, reference, tender, amount, cashTendered, cardReference, description, placeId, staffId, key,
                null);
    }
}
