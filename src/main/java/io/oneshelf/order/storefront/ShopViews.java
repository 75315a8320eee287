package io.oneshelf.order.storefront;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Tender;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the storefront's API answers; money in fen. */
final class ShopViews {

    private ShopViews() {
    }

    record Category(UUID id, UUID parentId, String name) {
    }

    /** A product in a list: {@code price} is the lowest of its SKUs' online prices (null: none has a price). */
    record ProductCard(UUID id, String name, String unit, String imageUrl, Long price, long onlineStock) {
    }

    /**
     * A product's page: each SKU with its online price (null: it has none, so it cannot be bought) and online
     * stock, and the open stores that have some of it, nearest first when the customer said where they are.
     */
    record ProductPage(UUID id, String code, String name, String unit, String description, UUID categoryId,
                       Map<String, List<String>> specs, List<String> imageUrls, List<Sku> skus,
                       List<StoreStock> stores) {
    }

    /** @param priceRule LIST or CHANNEL: which rule of the price book set the price */
    record Sku(UUID id, String code, String name, Map<String, String> specs, Long price, String priceRule,
               long onlineStock) {
    }

    /** A store, with how far it is from the customer in km (null when either has no coordinates). */
    record Store(UUID id, String code, String name, BigDecimal latitude, BigDecimal longitude, Double distanceKm) {

        static Store of(PlaceRef p, Double km) {
            return new Store(p.id(), p.code(), p.name(), p.latitude(), p.longitude(), km);
        }
    }

    /** A store that has some of a product: available units per SKU id. */
    record StoreStock(Store store, Map<UUID, Long> stock) {
    }

    /** One status change of the customer's order: from, to, by whom (CUSTOMER, STAFF, SYSTEM …) and when. */
    record Step(OrderStatus from, OrderStatus to, String actorKind, OffsetDateTime at) {
    }

    /**
     * The customer's order: its lines as priced at checkout, money in fen ({@code outstanding} is what is still
     * to pay), where it is fulfilled from and its timeline. {@code expiresAt}: when an unpaid order is cancelled.
     */
    record ShopOrder(UUID id, String number, OrderChannel channel, Fulfilment fulfilment, OrderStatus status,
                 UUID storeId, List<OrderView.Line> lines, long goodsAmount, long discountAmount, long shippingFee,
                 long total, long paid, long refunded, long outstanding, PlaceOrder.Address address,
                 List<OrderView.Shipment> shipments, String note, OffsetDateTime expiresAt,
                 OffsetDateTime createdAt, List<Step> timeline, OrderView.Booking booking,
                 List<OrderView.Discount> discounts) {

        static ShopOrder of(OrderView o) {
            return new ShopOrder(o.id(), o.number(), o.channel(), o.fulfilment(), o.status(), o.storeId(), o.lines(),
                    o.goodsAmount(), o.discountAmount(), o.shippingFee(), o.total(), o.paid(), o.refunded(),
                    o.outstanding(), o.address(), o.plan().shipments(), o.note(), o.expiresAt(), o.createdAt(),
                    o.timeline().stream().map(s -> new Step(s.from(), s.to(), s.actorKind(), s.at())).toList(),
                    o.booking(), o.discounts());
        }
    }

    /** A payment the customer started: open {@code payUrl} to pay (the sandbox's pay page by default). */
    record Payment(UUID id, Tender tender, PaymentStatus status, long amount, String payUrl,
                   OffsetDateTime createdAt) {

        static Payment of(io.oneshelf.payment.Payment p) {
            return new Payment(p.id(), p.tender(), p.status(), p.amount(), p.payUrl(), p.createdAt());
        }
    }
}
