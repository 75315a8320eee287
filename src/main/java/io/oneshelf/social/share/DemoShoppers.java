package io.oneshelf.social.share;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.Availability;
import io.oneshelf.member.Address;
import io.oneshelf.member.Addresses;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.OrderCampaign;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.security.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * What the demo brand's group buy and bargain are made of: its demo customers (registered by the member module's demo,
 * 13900000001…) and SKUs with online stock, and the online order a demo customer places for a campaign, delivered to
 * their first address, as the shop would place it.
 */
@Component
public class DemoShoppers {

    private final Customers customers;
    private final Addresses addresses;
    private final SkuCatalog skus;
    private final Availability stock;

    DemoShoppers(Customers customers, Addresses addresses, SkuCatalog skus, Availability stock) {
        this.customers = customers;
        this.addresses = addresses;
        this.skus = skus;
        this.stock = stock;
    }

    /** The demo customers 13900000001 to 1390000000{@code count} the brand has. */
    public List<Customer> first(UUID brandId, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> customers.findByPhone(brandId, "1390000000" + i))
                .flatMap(Optional::stream).toList();
    }

    /** Active SKUs (not of the products named in {@code except}) with at least {@code units} online, in code order. */
    public List<SkuRef> withOnlineStock(UUID brandId, long units, Set<String> except) {
        List<SkuRef> active = skus.all(brandId).stream().filter(SkuRef::active)
                .filter(s -> !except.contains(s.productName())).toList();
        Map<UUID, Long> online = stock.onlineSellable(Actor.system(brandId, "demo"),
                active.stream().map(SkuRef::id).toList());
        return active.stream().filter(s -> online.getOrDefault(s.id(), 0L) >= units)
                .sorted(java.util.Comparator.comparing(SkuRef::code)).toList();
    }

    /** One unit of {@code skuId} for the campaign, delivered to the customer's first address (or a named one). */
    public PlaceOrder order(UUID brandId, Customer c, UUID skuId, OrderCampaign campaign) {
        Address a = addresses.list(brandId, c.id()).stream().findFirst().orElse(null);
        PlaceOrder.Address to = a == null
                ? new PlaceOrder.Address(null, c.name() == null ? "顾客" : c.name(), c.phone(), "上海市黄浦区人民大道200号",
                new BigDecimal("31.230416"), new BigDecimal("121.473701"))
                : new PlaceOrder.Address(a.id(), a.recipient(), a.phone(), String.join(" ", a.province(), a.city(),
                a.district(), a.line()), a.latitude() == null ? null : BigDecimal.valueOf(a.latitude()),
                a.longitude() == null ? null : BigDecimal.valueOf(a.longitude()));
        return new PlaceOrder(brandId, null, OrderChannel.ONLINE, Fulfilment.EXPRESS, c.id(), null, null,
                List.of(new PlaceOrder.Line(skuId, 1)), to, List.of(), "demo", null, null, List.of(), null, campaign);
    }
}
