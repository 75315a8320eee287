package io.oneshelf.order.pricing;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.routing.Fulfilment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A basket being priced: what is bought, through which channel, where and when. The {@link PricingPipeline}'s
 * steps fill in unit prices, discounts and the shipping fee; the totals are always derived from the lines, so
 * the lines sum to the total by construction.
 *
 * @param storeId the till's or the pickup store (store prices apply there), null for a delivery
 * @param customerId who buys, null for an anonymous sale at the till
 * @param tierCode the customer's member tier (member prices), null for none; a step before the price book's may set
 *                 it from the customer ({@link #tierCode(String)})
 */
public final class Checkout {

    private final UUID brandId;
    private final OrderChannel channel;
    private final Fulfilment fulfilment;
    private final UUID storeId;
    private final UUID customerId;
    private String tierCode;
    private final Instant at;
    private final List<PricedLine> lines;
    private long shippingFee;

    public Checkout(UUID brandId, OrderChannel channel, Fulfilment fulfilment, UUID storeId, UUID customerId,
                    String tierCode, Instant at, List<PricedLine> lines) {
        this.brandId = brandId;
        this.customerId = customerId;
        this.channel = channel;
        this.fulfilment = fulfilment;
        this.storeId = storeId;
        this.tierCode = tierCode;
        this.at = at;
        this.lines = List.copyOf(lines);
    }

    public UUID brandId() {
        return brandId;
    }

    public OrderChannel channel() {
        return channel;
    }

    public Fulfilment fulfilment() {
        return fulfilment;
    }

    public UUID storeId() {
        return storeId;
    }

    public UUID customerId() {
        return customerId;
    }

    public String tierCode() {
        return tierCode;
    }

    /** The customer's member tier, set by the step that knows it (it runs before the price book's). */
    public void tierCode(String tier) {
        this.tierCode = tier;
    }

    public Instant at() {
        return at;
    }

    public List<PricedLine> lines() {
        return lines;
    }

    public long goodsAmount() {
        return lines.stream().mapToLong(PricedLine::amount).reduce(0, Math::addExact);
    }

    public long discountAmount() {
        return lines.stream().mapToLong(PricedLine::discount).reduce(0, Math::addExact);
    }

    public long shippingFee() {
        return shippingFee;
    }

    void shippingFee(long fee) {
        this.shippingFee = fee;
    }

    /** Goods less discounts plus shipping: what the customer pays. */
    public long total() {
        return Math.addExact(goodsAmount() - discountAmount(), shippingFee);
    }
}
