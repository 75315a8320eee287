package io.oneshelf.payment.tender;

import io.oneshelf.payment.Transfers;
import io.oneshelf.payment.gateway.PaymentProvider;
import io.oneshelf.platform.Rejection;
import org.springframework.stereotype.Service;

/** {@link Transfers} through the configured gateway (the sandbox's unless a real merchant is configured). */
@Service
class GatewayTransfers implements Transfers {

    private final PaymentProvider gateway;

    GatewayTransfers(PaymentProvider gateway) {
        this.gateway = gateway;
    }

    @Override
    public Transfer transfer(String reference, String payee, long amount, String remark) {
        try {
            PaymentProvider.GatewayTransfer t = gateway.transfer(reference, payee, amount, remark);
            return new Transfer(reference, t.batchId(), t.status());
        } catch (PaymentProvider.GatewayRefused e) {
            throw Rejection.conflict("payee", "payment.transfer.refused", e.code());
        }
    }
}
