package io.oneshelf.order.sale;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;

/**
 * What payments refused of one tender of a till sale, told on that tender: payments name their own command's
 * attributes ({@code authCode}, {@code cashTendered}), the sale's caller sent them as {@code tenders[i].…}.
 */
final class TenderRefused {

    private TenderRefused() {
    }

    static Rejection within(String prefix, Rejection refused) {
        if (refused.faults().isEmpty()) {
            return refused; // nothing of the tender at fault (the gateway is down): as payments said it
        }
        var faults = refused.faults().stream().map(f -> f.within(prefix)).toList();
        return new Rejection(refused.kind(), Message.of("problem.field", faults.get(0).field(),
                faults.get(0).message()), faults);
    }
}
