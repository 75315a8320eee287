package io.oneshelf.order;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which SKUs sell as service vouchers (a number of uses of a service, redeemed at a store): checkout sells them
 * only as {@code VOUCHER} orders or over the counter, and nothing else as a voucher. Implemented by the module that
 * keeps the brands' voucher plans, so that the order module only asks.
 */
public interface ServiceVouchers {

    boolean isVoucher(UUID brandId, UUID skuId);

    /** Those of these SKUs that are vouchers, in one read (a cart's lines). */
    Set<UUID> vouchersAmong(UUID brandId, Collection<UUID> skuIds);
}
