package io.oneshelf.order.sale;

import io.oneshelf.member.Customers;
import io.oneshelf.member.IdentityKind;
import io.oneshelf.payment.PaymentSucceeded;
import io.oneshelf.payment.Tender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 支付即會員: the WeChat openid that paid a customer's order becomes one of that customer's identities, so that the
 * next WeChat payment (at the till, where nobody says who they are) finds the member. An openid another customer
 * holds already stays theirs: paying someone else's order proves no identity, and merging is an admin's decision.
 */
@Component
class PayingMembers {

    private final OrderRepository orders;
    private final Customers customers;

    PayingMembers(OrderRepository orders, Customers customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        if (paid.tender() != Tender.WECHAT_PAY || paid.payerId() == null || paid.payerId().isBlank()) {
            return;
        }
        OrderPayments.orderOf(paid.reference())
                .flatMap(id -> orders.find(paid.brandId(), id))
                .filter(order -> order.customerId() != null)
                .ifPresent(order -> customers.link(paid.brandId(), order.customerId(), IdentityKind.WECHAT_OPENID,
                        paid.payerId()));
    }
}
