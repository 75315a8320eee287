package io.oneshelf.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalog as a device caches it to sell without the server (a till working offline, decision 0046): every SKU
 * or only those changed since the device's last copy, each with its barcodes and its price resolved for one channel
 * and store by the one price resolution ({@link Prices}). Set-based: a brand of 10,000 SKUs is read in a few
 * statements, never one per SKU.
 */
public interface SkuFeed {

    /**
     * What is asked: the SKUs of the tenant as sold through {@code channel} at {@code storeId}, with the price of
     * each of {@code tierCodes} where a tier's price is lower; all of them when {@code since} is null, otherwise
     * those changed since (their row, product, barcodes or price rows written, or a price row starting or ending).
     */
    record Ask(SalesChannel channel, UUID storeId, Collection<String> tierCodes, Instant since) {
    }

    /**
     * The SKUs asked for. {@code asOf} is the {@code since} of the next ask: every change committed later is after
     * it, even one of a transaction that started before it (it is held back to the oldest open transaction), so a
     * device that asks again with it misses nothing. {@code full} when every SKU is listed (no since, or the brand's
     * price policy changed since, which may change every store price).
     */
    record Changes(Instant asOf, boolean full, List<FeedSku> skus) {
    }

    /**
     * A SKU with its barcodes, its price ({@code null}: no valid list price, it cannot be sold) and the tiers whose
     * member price is lower than that, by tier code.
     */
    record FeedSku(SkuRef sku, List<String> barcodes, Long priceFen, Map<String, Long> tierPrices) {
    }

    Changes changes(UUID tenantId, Ask ask);
}
