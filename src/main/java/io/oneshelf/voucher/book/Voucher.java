package io.oneshelf.voucher.book;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One voucher: a unit of a paid order line of a voucher SKU, used at {@code storeId}. {@code redeemed} and
 * {@code refunded} count uses; what is left is {@link #remaining()}.
 */
record Voucher(UUID id, UUID brandId, String code, UUID orderId, String orderNumber, int lineIndex, int unit,
               UUID skuId, String skuCode, String skuName, UUID storeId, UUID customerId, int uses, int redeemed,
               int refunded, boolean returned, long price, long refundAmount, OffsetDateTime issuedAt,
               OffsetDateTime expiresAt, int version) {

    enum Status { ACTIVE, USED_UP, REFUNDED, EXPIRED }

    int remaining() {
        return uses - redeemed - refunded;
    }

    boolean expired(OffsetDateTime now) {
        return !now.isBefore(expiresAt);
    }

    Status status(OffsetDateTime now) {
        if (remaining() > 0) {
            return expired(now) ? Status.EXPIRED : Status.ACTIVE;
        }
        return refunded > 0 ? Status.REFUNDED : Status.USED_UP;
    }

    /** The unused share of the price: {@code price × remaining / uses}, rounded down to the fen. */
    long unusedValue() {
        return price * remaining() / uses;
    }

    Voucher redeem(int count) {
        return new Voucher(id, brandId, code, orderId, orderNumber, lineIndex, unit, skuId, skuCode, skuName,
                storeId, customerId, uses, redeemed + count, refunded, returned, price, refundAmount, issuedAt,
                expiresAt, version + 1);
    }

    Voucher refund(long amount, boolean byReturn) {
        return new Voucher(id, brandId, code, orderId, orderNumber, lineIndex, unit, skuId, skuCode, skuName,
                storeId, customerId, uses, redeemed, refunded + remaining(), returned || byReturn, price,
                refundAmount + amount, issuedAt, expiresAt, version + 1);
    }
}
