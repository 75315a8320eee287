package io.oneshelf.order.sale;

import io.oneshelf.member.Customers;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.order.OrderView;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.StaffNames;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.web.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Answers orders to staff with names in place of ids: the store, the staff member who placed it, the guide it
 * credits (one look-up of each kind per page, not one per order) and, for one order, the customer with the phone
 * masked unless the reader has {@code customer:phone}.
 */
@Component
class OrderNames {

    private final Places places;
    private final StaffNames staff;
    private final Customers customers;
    private final Texts texts;

    OrderNames(Places places, StaffNames staff, Customers customers, Texts texts) {
        this.places = places;
        this.staff = staff;
        this.customers = customers;
        this.texts = texts;
    }

    /** A page of orders, without their customers (a list shows them by number; the detail by name). */
    List<OrderResponse> page(Actor reader, List<OrderView> orders) {
        Map<UUID, String> stores = storeNames(reader.tenantId(), orders);
        Map<UUID, String> people = staff.of(reader.tenantId(),
                orders.stream().flatMap(o -> Stream.of(o.staffId(), o.guideId())).toList());
        return orders.stream().map(o -> OrderResponse.of(o, texts, new OrderResponse.Names(stores.get(o.storeId()),
                people.get(o.staffId()), people.get(o.guideId()), null))).toList();
    }

    /** One order, with its customer. */
    OrderResponse one(Actor reader, OrderView order) {
        OrderResponse named = page(reader, List.of(order)).get(0);
        OrderResponse.OrderCustomer customer = order.customerId() == null ? null
                : customers.find(reader.tenantId(), order.customerId()).map(c -> {
                    boolean full = reader.can(Permission.CUSTOMER_PHONE);
                    return new OrderResponse.OrderCustomer(c.id(), c.name(),
                            full ? c.phone() : PhoneNumber.masked(c.phone()), !full);
                }).orElse(null);
        return OrderResponse.of(order, texts, new OrderResponse.Names(named.storeName(), named.staffName(),
                named.guideName(), customer));
    }

    private Map<UUID, String> storeNames(UUID tenantId, List<OrderView> orders) {
        Map<UUID, String> names = new HashMap<>();
        orders.stream().map(OrderView::storeId).filter(Objects::nonNull).distinct()
                .forEach(id -> places.find(tenantId, id).map(PlaceRef::name).ifPresent(n -> names.put(id, n)));
        return names;
    }
}
