package io.oneshelf.promotion.coupon;

import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.pricing.PricingStep;
import io.oneshelf.platform.Rejection;
import io.oneshelf.promotion.CouponRedeemed;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The customer's chosen coupons in checkout pricing (order 500: after automatic promotions, before shipping at 900),
 * each on what is left payable: an amount off or a percent off (capped) the basket, apportioned to its lines, one
 * unit of a SKU free ({@link FreeItems}), or the shipping fee waived. Which coupons go together is
 * {@link CouponStacking}'s rule. A coupon must be the customer's, unused, valid now, for this channel and store, and its
 * threshold reached by the goods still payable; otherwise {@code couponIds[i]} is refused (409 when the customer's
 * coupon was used already, 400 otherwise). Placing the order marks
 * each coupon used by it in the order's transaction, only if it is still unused then, so a coupon is never used
 * twice however many checkouts try at once.
 */
@Component
@Order(500)
class CouponPricing implements PricingStep {

    static final String KIND = "COUPON";

    private final CouponBook book;
    private final FreeItems freeItems;
    private final ApplicationEventPublisher events;

    CouponPricing(CouponBook book, FreeItems freeItems, ApplicationEventPublisher events) {
        this.book = book;
        this.freeItems = freeItems;
        this.events = events;
    }

    @Override
    public void apply(Checkout checkout) {
        List<UUID> ids = checkout.couponIds();
        if (ids.isEmpty()) {
            return;
        }
        if (checkout.customerId() == null) {
            throw Rejection.invalid("couponIds", "promotion.coupon.no-customer");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw Rejection.invalid("couponIds", "promotion.coupon.twice");
        }
        Map<UUID, Coupon> coupons = book.find(checkout.brandId(), ids).stream()
                .collect(Collectors.toMap(Coupon::id, Function.identity()));
        Map<UUID, CouponTemplate> templates = book.templates(checkout.brandId(),
                coupons.values().stream().map(Coupon::templateId).distinct().toList());
        List<CouponTemplate> chosen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Coupon c = coupons.get(ids.get(i));
            CouponTemplate t = c == null ? null : templates.get(c.templateId());
            if (c != null && t != null && "USED".equals(c.status()) && c.customerId().equals(checkout.customerId())) {
                throw Rejection.conflict("couponIds[" + i + "]", "promotion.coupon.used");
            }
            if (c == null || t == null || !c.customerId().equals(checkout.customerId())) {
                throw Rejection.invalid("couponIds[" + i + "]", "promotion.coupon.unusable");
            }
            chosen.add(t);
        }
        CouponStacking.check(chosen, checkout);
        for (int i = 0; i < ids.size(); i++) {
            Coupon c = coupons.get(ids.get(i));
            if (!usable(c, chosen.get(i), checkout)) {
                throw Rejection.invalid("couponIds[" + i + "]", "promotion.coupon.unusable");
            }
            give(chosen.get(i), checkout, i);
            checkout.redeemOnPlace((brand, order, number) -> redeem(brand, c, order, number));
        }
    }

    static boolean usable(Coupon c, CouponTemplate t, Checkout checkout) {
        OffsetDateTime at = checkout.at().atOffset(ZoneOffset.UTC);
        long goods = checkout.lines().stream().mapToLong(PricedLine::payable).sum();
        return c.customerId().equals(checkout.customerId()) && "AVAILABLE".equals(c.status())
               && !at.isBefore(c.validFrom()) && at.isBefore(c.validTo())
               && (t.channels().isEmpty() || t.channels().contains(checkout.channel()))
               && (t.storeIds().isEmpty() || checkout.storeId() != null && t.storeIds().contains(checkout.storeId()))
               && goods >= t.threshold();
    }

    private void give(CouponTemplate t, Checkout checkout, int index) {
        Discount.Source source = new Discount.Source(KIND, t.id(), t.name());
        long goods = checkout.lines().stream().mapToLong(PricedLine::payable).sum();
        switch (t.kind()) {
            case AMOUNT_OFF -> checkout.discountBasket(source, t.amountOff());
            case PERCENT_OFF -> {
                long off = Math.multiplyExact(goods, (long) t.percentOff()) / 100;
                checkout.discountBasket(source, t.maxOff() == null ? off : Math.min(off, t.maxOff()));
            }
            case FREE_SHIPPING -> checkout.waiveShipping(source);
            case FREE_ITEM -> freeItems.give(t, source, checkout, index);
        }
    }

    private void redeem(UUID brandId, Coupon c, UUID orderId, String orderNumber) {
        if (!book.use(brandId, c.id(), orderId)) {
            throw Rejection.conflict("couponIds", "promotion.coupon.used");
        }
        events.publishEvent(new CouponRedeemed(brandId, c.id(), c.templateId(), c.customerId(), orderId,
                orderNumber));
    }
}
