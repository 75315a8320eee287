package io.oneshelf.order.pricing;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.routing.Fulfilment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

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
    private final List<UUID> couponIds;
    private final List<Redemption> redemptions = new ArrayList<>();
    private final Map<Discount.Source, Given> given = new LinkedHashMap<>();
    private Discount.Source shippingWaivedBy;
    private int handDiscountLimitPercent;
    private io.oneshelf.order.OrderCampaign campaign;
    private String fulfilmentHold;

    /** What one rule gave so far, and to what. */
    private static final class Given {
        private long amount;
        private final Discount.Target target;

        private Given(Discount.Target target) {
            this.target = target;
        }
    }

    public Checkout(UUID brandId, OrderChannel channel, Fulfilment fulfilment, UUID storeId, UUID customerId,
                    String tierCode, Instant at, List<PricedLine> lines) {
        this(brandId, channel, fulfilment, storeId, customerId, tierCode, at, lines, List.of());
    }

    /** A checkout where the customer chose coupons ({@code couponIds}) for a coupon step to apply. */
    public Checkout(UUID brandId, OrderChannel channel, Fulfilment fulfilment, UUID storeId, UUID customerId,
                    String tierCode, Instant at, List<PricedLine> lines, List<UUID> couponIds) {
        this.couponIds = couponIds == null ? List.of() : List.copyOf(couponIds);
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

    /** The coupons the customer chose, in their order; empty when none. */
    public List<UUID> couponIds() {
        return couponIds;
    }

    /** Asks the order to make {@code redemption} when it is recorded, in its transaction (a coupon used by it). */
    public void redeemOnPlace(Redemption redemption) {
        redemptions.add(redemption);
    }

    /** What the order must make its own when it is recorded. */
    public List<Redemption> redemptions() {
        return List.copyOf(redemptions);
    }

    /** The group buy or bargain the order is for, null for none: the step that knows its kind prices it. */
    public io.oneshelf.order.OrderCampaign campaign() {
        return campaign;
    }

    /** Names the campaign the order is for (set by the order from its command, before the steps run). */
    public Checkout campaign(io.oneshelf.order.OrderCampaign of) {
        this.campaign = of;
        return this;
    }

    /**
     * Asks the order to be held from fulfilment once paid (not picked, shipped nor handed over) until the module
     * that asked releases it ({@link io.oneshelf.order.Orders#release}); {@code reason} names what holds it.
     */
    public void holdFulfilment(String reason) {
        this.fulfilmentHold = reason;
    }

    /** What holds the order from fulfilment once paid, null for nothing. */
    public String fulfilmentHold() {
        return fulfilmentHold;
    }

    /** The most a hand discount may take off a line, in percent of its amount: 0 (none) unless set at a till. */
    public int handDiscountLimitPercent() {
        return handDiscountLimitPercent;
    }

    /** Allows the cashier's hand discounts up to {@code percent} of each line's amount (0..100). */
    public Checkout handDiscountLimitPercent(int percent) {
        this.handDiscountLimitPercent = Math.max(0, Math.min(100, percent));
        return this;
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
        if (shippingWaivedBy != null) {
            given.get(shippingWaivedBy).amount = fee;
            this.shippingFee = 0;
        }
    }

    /**
     * Gives {@code fen} off one line for {@code source}, at most what is still payable on it; answers what was
     * taken. The explanation ({@link #discounts()}) adds it to what the rule gave.
     */
    public long discountLine(PricedLine line, Discount.Source source, long fen) {
        if (!lines.contains(line)) {
            throw new IllegalArgumentException("line " + line.index() + " is not of this checkout");
        }
        long taken = line.discountBy(fen);
        record(source, Discount.Target.LINES, taken);
        return taken;
    }

    /**
     * Gives {@code fen} off the lines {@code eligible} picks, as one discount of them together (满减, a coupon), at
     * most what is still payable on them: apportioned to those lines by their payable amounts to the fen
     * ({@link Apportionment}), so the lines still sum to the total. Answers what was taken.
     */
    public long discountBasket(Discount.Source source, long fen, Predicate<PricedLine> eligible) {
        List<PricedLine> over = lines.stream().filter(eligible).filter(l -> l.payable() > 0).toList();
        long[] weights = over.stream().mapToLong(PricedLine::payable).toArray();
        long payable = 0;
        for (long w : weights) {
            payable = Math.addExact(payable, w);
        }
        long taken = Math.min(Math.max(fen, 0), payable);
        long[] shares = Apportionment.divide(taken, weights);
        for (int i = 0; i < shares.length; i++) {
            over.get(i).discountBy(shares[i]);
        }
        record(source, Discount.Target.BASKET, taken);
        return taken;
    }

    /** {@link #discountBasket(Discount.Source, long, Predicate)} over every line. */
    public long discountBasket(Discount.Source source, long fen) {
        return discountBasket(source, fen, l -> true);
    }

    /** The shipping fee is not charged, thanks to {@code source} (a free-shipping coupon); the first waiver counts. */
    public void waiveShipping(Discount.Source source) {
        if (shippingWaivedBy == null) {
            shippingWaivedBy = source;
            given.put(source, new Given(Discount.Target.SHIPPING));
        }
    }

    /** Whether a rule already waived the shipping fee. */
    public boolean shippingWaived() {
        return shippingWaivedBy != null;
    }

    /** Which rule gave what, in the order the rules gave it; rules that gave nothing are left out. */
    public List<Discount> discounts() {
        List<Discount> out = new ArrayList<>();
        given.forEach((source, g) -> {
            if (g.amount > 0) {
                out.add(new Discount(source.kind(), source.ruleId(), source.name(), g.amount, g.target));
            }
        });
        return List.copyOf(out);
    }

    private void record(Discount.Source source, Discount.Target target, long taken) {
        Given g = given.computeIfAbsent(source, s -> new Given(target));
        g.amount = Math.addExact(g.amount, taken);
    }

    /** Goods less discounts plus shipping: what the customer pays. */
    public long total() {
        return Math.addExact(goodsAmount() - discountAmount(), shippingFee);
    }
}
