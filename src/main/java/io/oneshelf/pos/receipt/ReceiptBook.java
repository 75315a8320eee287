package io.oneshelf.pos.receipt;

import io.oneshelf.loyalty.OrderPoints;
import io.oneshelf.member.Customers;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.StaffOrders;
import io.oneshelf.org.Brands;
import io.oneshelf.org.StaffNames;
import io.oneshelf.org.StoreContacts;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A sale's receipt, put together from the order as the caller may read it (lines, discounts), the payment ledger (the
 * tenders that captured money, cash with its change), the store's contact, the cashier's and the member's names and
 * the till. Reading only: a reprint is the same receipt.
 */
@Component
class ReceiptBook {

    private final StaffOrders orders;
    private final Payments payments;
    private final StoreContacts stores;
    private final StaffNames staff;
    private final Customers customers;
    private final Brands brands;
    private final EReceipts eReceipts;
    private final SaleTills tills;
    private final OrderPoints points;

    ReceiptBook(StaffOrders orders, Payments payments, StoreContacts stores, StaffNames staff, Customers customers,
                Brands brands, EReceipts eReceipts, SaleTills tills, OrderPoints points) {
        this.orders = orders;
        this.payments = payments;
        this.stores = stores;
        this.staff = staff;
        this.customers = customers;
        this.brands = brands;
        this.eReceipts = eReceipts;
        this.tills = tills;
        this.points = points;
    }

    /** The receipt of an order within the caller's reach ({@code NOT_FOUND} on {@code order} otherwise). */
    Receipt of(Actor actor, UUID orderId, String requestBase) {
        OrderView order = orders.get(actor, orderId);
        UUID brand = order.brandId();
        Optional<StoreContacts.StoreContact> store = Optional.ofNullable(order.storeId())
                .flatMap(id -> stores.of(brand, id));
        return new Receipt(order.id(), store.map(StoreContacts.StoreContact::name).orElse(null),
                store.map(StoreContacts.StoreContact::address).orElse(null), tillName(brand, order.id()),
                order.number(), order.createdAt().atZoneSameInstant(brands.zoneOf(brand)).toOffsetDateTime(),
                order.staffId() == null ? null : staff.of(brand, List.of(order.staffId())).get(order.staffId()),
                member(brand, order.customerId()), lines(order), order.goodsAmount(), order.discountAmount(),
                order.total(), discounts(order), tenders(brand, order.id()), pointsEarned(order),
                eReceipts.url(brand, order.id(), requestBase));
    }

    private String tillName(UUID brand, UUID orderId) {
        return tills.tillName(brand, orderId).orElse(null);
    }

    /**
     * The points the sale earned its member: the loyalty ledger's EARN entry once posted; until then (the earn follows
     * the order's payment asynchronously, so a receipt printed at once usually comes first) what the brand's rule
     * will post at the member's tier. Null for a sale without a member.
     */
    private Long pointsEarned(OrderView order) {
        if (order.customerId() == null) {
            return null;
        }
        return points.earned(order.brandId(), order.id()).orElseGet(() -> points.toEarn(order));
    }

    private Receipt.Member member(UUID brand, UUID customerId) {
        return customerId == null ? null : customers.find(brand, customerId)
                .map(c -> new Receipt.Member(c.name(), PhoneNumber.masked(c.phone()))).orElse(null);
    }

    private static List<Receipt.Line> lines(OrderView order) {
        return order.lines().stream().map(l -> new Receipt.Line(l.name(), l.quantity(), l.unitPrice(), l.amount(),
                l.discount())).toList();
    }

    /** The rules that took money off the goods; a waived shipping fee is no discount of a receipt's goods. */
    private static List<Receipt.Discount> discounts(OrderView order) {
        return order.discounts().stream().filter(d -> !"SHIPPING".equals(d.target()))
                .map(d -> new Receipt.Discount(d.kind(), d.name(), d.amount())).toList();
    }

    private List<Receipt.TenderLine> tenders(UUID brand, UUID orderId) {
        return payments.payments(brand, "order:" + orderId).stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                .map(p -> new Receipt.TenderLine(p.tender(), p.amount(), change(p))).toList();
    }

    private static Long change(Payment payment) {
        return payment.tender() == Tender.CASH ? payment.change() : null;
    }
}
