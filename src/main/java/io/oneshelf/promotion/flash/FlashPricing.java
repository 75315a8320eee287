package io.oneshelf.promotion.flash;

import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.pricing.PricingStep;
import io.oneshelf.platform.Rejection;
import io.oneshelf.promotion.FlashSaleClaimed;
import io.oneshelf.platform.Ids;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Flash prices in checkout pricing (order 200: a flash price is a price, so it comes right after the price book's at
 * 100 and before automatic promotions at 300 and coupons at 500, which then work on what it left). A signed-in
 * customer's line of a SKU a running flash sale sells (in its channels and stores) is priced at the flash price,
 * the difference from the book price explained as a FLASH_SALE discount, when the book price is higher. Every unit
 * of the line must be within the units left of the allocation and the customer's remaining limit, or the checkout is
 * refused with 409 on the line ({@code promotion.flash.sold-out}, {@code promotion.flash.not-enough},
 * {@code promotion.flash.customer-limit}): a flash SKU is never sold at full price by surprise. Placing the order
 * claims the units in its transaction, where the claim is counted by a conditional update
 * ({@link FlashClaims#take}) and the customer's units re-counted under that row lock, so neither is ever exceeded.
 * A checkout without a customer (an anonymous till sale) pays the book price.
 */
@Component
@Order(200)
class FlashPricing implements PricingStep {

    private final FlashSales sales;
    private final FlashClaims claims;
    private final ApplicationEventPublisher events;

    FlashPricing(FlashSales sales, FlashClaims claims, ApplicationEventPublisher events) {
        this.sales = sales;
        this.claims = claims;
        this.events = events;
    }

    /** One line's units to claim of one sale's item at its price. */
    private record Wanted(int lineIndex, FlashSale sale, FlashItem item, int quantity) {
    }

    @Override
    public void apply(Checkout checkout) {
        if (checkout.customerId() == null) {
            return;
        }
        List<FlashSale> running = sales.running(checkout.brandId(), checkout.at(),
                checkout.lines().stream().map(l -> l.sku().id()).distinct().toList()).stream()
                .filter(s -> s.runsFor(checkout)).toList();
        if (running.isEmpty()) {
            return;
        }
        List<Wanted> wanted = new ArrayList<>();
        for (PricedLine line : checkout.lines()) {
            for (FlashSale sale : running) {
                FlashItem item = sale.item(line.sku().id()).orElse(null);
                if (item != null && item.price() < line.unitPrice()) {
                    wanted.add(price(checkout, line, sale, item));
                    break;
                }
            }
        }
        if (!wanted.isEmpty()) {
            // items claimed in one order (sale, SKU), so that two orders never wait on each other's item rows
            List<Wanted> inTurn = wanted.stream().sorted(Comparator.comparing((Wanted w) -> w.sale().id())
                    .thenComparing(w -> w.item().skuId())).toList();
            UUID customer = checkout.customerId();
            checkout.redeemOnPlace((brand, order, number) -> inTurn.forEach(w -> claim(brand, customer, w, order,
                    number)));
        }
    }

    private Wanted price(Checkout checkout, PricedLine line, FlashSale sale, FlashItem item) {
        int quantity = units(line);
        String field = "lines[" + line.index() + "]";
        if (item.remaining() == 0) {
            throw Rejection.conflict(field + ".skuId", "promotion.flash.sold-out", sale.name());
        }
        if (quantity > item.remaining()) {
            throw Rejection.conflict(field + ".quantity", "promotion.flash.not-enough", item.remaining());
        }
        int held = claims.claimedBy(checkout.brandId(), sale.id(), item.skuId(), checkout.customerId());
        if (held + quantity > sale.perCustomer()) {
            throw Rejection.conflict(field + ".quantity", "promotion.flash.customer-limit", sale.perCustomer(),
                    Math.max(0, sale.perCustomer() - held));
        }
        checkout.discountLine(line, sale.source(), Math.multiplyExact(line.unitPrice() - item.price(),
                line.quantity()));
        return new Wanted(line.index(), sale, item, quantity);
    }

    private static int units(PricedLine line) {
        return line.quantity() > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line.quantity();
    }

    /** In the order's transaction: the units taken from the allocation, then the customer's limit re-checked. */
    private void claim(UUID brandId, UUID customerId, Wanted w, UUID orderId, String orderNumber) {
        String field = "lines[" + w.lineIndex() + "]";
        OptionalInt left = claims.take(brandId, w.sale().id(), w.item().skuId(), w.quantity());
        if (left.isEmpty()) {
            throw Rejection.conflict(field + ".skuId", "promotion.flash.sold-out", w.sale().name());
        }
        int held = claims.claimedBy(brandId, w.sale().id(), w.item().skuId(), customerId);
        if (held + w.quantity() > w.sale().perCustomer()) {
            throw Rejection.conflict(field + ".quantity", "promotion.flash.customer-limit", w.sale().perCustomer(),
                    Math.max(0, w.sale().perCustomer() - held));
        }
        claims.record(brandId, Ids.next(), new FlashClaims.Claim(w.sale().id(), w.item().skuId(), customerId,
                w.quantity()), orderId, orderNumber);
        events.publishEvent(new FlashSaleClaimed(brandId, w.sale().id(), w.item().skuId(), customerId, orderId,
                orderNumber, w.quantity(), w.item().price(), left.getAsInt()));
    }
}
