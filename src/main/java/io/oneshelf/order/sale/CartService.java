package io.oneshelf.order.sale;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.order.CartView;
import io.oneshelf.order.Carts;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.pricing.PricingPipeline;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carts in SQL, priced by the checkout pipeline; checkout places the order through {@link OrderService}. */
@Service
class CartService implements Carts {

    private final JdbcClient jdbc;
    private final SkuCatalog catalog;
    private final PricingPipeline pricing;
    private final OrderService orders;

    CartService(JdbcClient jdbc, SkuCatalog catalog, PricingPipeline pricing, OrderService orders) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.pricing = pricing;
        this.orders = orders;
    }

    @Override
    public CartView get(UUID brandId, UUID customerId) {
        List<PricedLine> lines = active(brandId, customerId);
        Checkout priced = pricing.price(new Checkout(brandId, OrderChannel.ONLINE, Fulfilment.PICKUP, null,
                customerId, null, Instant.now(), lines));
        return new CartView(priced.lines().stream().map(l -> new CartView.Line(l.sku().id(), l.sku().code(),
                l.sku().productName(), l.sku().specs(), l.quantity(), l.unitPrice(), l.amount())).toList(),
                priced.goodsAmount(), priced.lines().stream().mapToLong(PricedLine::quantity).sum());
    }

    @Override
    public List<PlaceOrder.Line> lines(UUID brandId, UUID customerId) {
        return active(brandId, customerId).stream().map(l -> new PlaceOrder.Line(l.sku().id(), l.quantity()))
                .toList();
    }

    /** The cart's lines of the brand's active SKUs, in the cart's order, not priced yet. */
    private List<PricedLine> active(UUID brandId, UUID customerId) {
        List<PricedLine> lines = new ArrayList<>();
        Map<UUID, Long> quantities = quantities(brandId, customerId);
        var skus = catalog.find(brandId, quantities.keySet());
        quantities.forEach((sku, qty) -> {
            if (skus.containsKey(sku) && skus.get(sku).active()) {
                lines.add(new PricedLine(lines.size(), skus.get(sku), qty));
            }
        });
        return lines;
    }

    @Override
    @Transactional
    public CartView add(UUID brandId, UUID customerId, UUID skuId, long quantity) {
        lock(brandId, customerId);
        long now = quantities(brandId, customerId).getOrDefault(skuId, 0L);
        return set(brandId, customerId, skuId, now + quantity);
    }

    /**
     * One change of a customer's cart at a time (until the transaction ends): an add reads the quantity it adds to,
     * and two adds at once (two taps, two tabs) would otherwise both read the same and lose one; the line limit too.
     */
    private void lock(UUID brandId, UUID customerId) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "cart:" + brandId + ":" + customerId).query(Integer.class).single();
    }

    @Override
    @Transactional
    public CartView set(UUID brandId, UUID customerId, UUID skuId, long quantity) {
        if (quantity < 0 || quantity > PlaceOrderCheck.MAX_QUANTITY) {
            throw Rejection.invalid("quantity", "validation.range", 0, PlaceOrderCheck.MAX_QUANTITY);
        }
        var sku = catalog.find(brandId, List.of(skuId)).get(skuId);
        if (sku == null) {
            throw Rejection.invalid("skuId", "order.cart.unknown-sku");
        }
        if (quantity == 0) {
            jdbc.sql("delete from cart_line where tenant_id = :t and customer_id = :c and sku_id = :s")
                    .param("t", brandId).param("c", customerId).param("s", skuId).update();
            return get(brandId, customerId);
        }
        if (!sku.active()) {
            throw Rejection.invalid("skuId", "order.sku.inactive", sku.code());
        }
        lock(brandId, customerId);
        Map<UUID, Long> cart = quantities(brandId, customerId);
        if (!cart.containsKey(skuId) && cart.size() >= MAX_LINES) {
            throw Rejection.invalid("skuId", "order.cart.full", MAX_LINES);
        }
        jdbc.sql("""
                        insert into cart_line(tenant_id, customer_id, sku_id, quantity, added_at)
                        values (:t, :c, :s, :q, now())
                        on conflict (tenant_id, customer_id, sku_id) do update set quantity = excluded.quantity""")
                .param("t", brandId).param("c", customerId).param("s", skuId).param("q", quantity).update();
        return get(brandId, customerId);
    }

    @Override
    public OrderView checkout(PlaceOrder command) {
        Map<UUID, Long> cart = quantities(command.brandId(), command.customerId());
        if (cart.isEmpty()) {
            throw Rejection.invalid("lines", "order.cart.empty");
        }
        List<PlaceOrder.Line> lines = cart.entrySet().stream()
                .map(e -> new PlaceOrder.Line(e.getKey(), e.getValue())).toList();
        OrderView placed = orders.place(new PlaceOrder(command.brandId(), command.staff(), OrderChannel.ONLINE,
                command.fulfilment(), command.customerId(), command.storeId(), command.guideId(), lines,
                command.address(), List.of(), command.note(), command.key(), command.pickupSlot(),
                command.couponIds()));
        cart.forEach((sku, qty) -> jdbc.sql("""
                        delete from cart_line where tenant_id = :t and customer_id = :c and sku_id = :s
                          and quantity = :q""")
                .param("t", command.brandId()).param("c", command.customerId()).param("s", sku).param("q", qty)
                .update());
        return placed;
    }

    private Map<UUID, Long> quantities(UUID brandId, UUID customerId) {
        Map<UUID, Long> result = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select sku_id, quantity from cart_line where tenant_id = :t and customer_id = :c
                        order by added_at, sku_id""")
                .param("t", brandId).param("c", customerId)
                .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return result;
    }
}
