package io.oneshelf.payment.tender;

import io.oneshelf.payment.Refund;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Refunds a reference: with its captured tenders locked, checks that they can give the amount back (never more than
 * captured, less what was refunded or is on its way back), spreads it over them newest first
 * ({@link RefundAllocation}), settles cash and card parts at once and submits gateway parts after the commit.
 * The same refund reference answers the refund it made first.
 */
@Component
class RefundDesk {

    private final PaymentBook payments;
    private final RefundBook refunds;
    private final GatewayOutcomes outcomes;
    private final GatewayCalls calls;
    private final AccountTenders accounts;

    RefundDesk(PaymentBook payments, RefundBook refunds, GatewayOutcomes outcomes, GatewayCalls calls,
               AccountTenders accounts) {
        this.accounts = accounts;
        this.payments = payments;
        this.refunds = refunds;
        this.outcomes = outcomes;
        this.calls = calls;
    }

    /** Runs in the caller's transaction. */
    Refund refund(RefundPayment c) {
        check(c);
        // the tenders are locked before looking for an earlier refund of this reference: a concurrent duplicate
        // waits here, then finds the first one's parts
        List<Tendered> captured = payments.lockCaptured(c.brandId(), c.reference());
        List<RefundPart> earlier = refunds.byRefundReference(c.brandId(), c.refundReference());
        if (!earlier.isEmpty()) {
            return same(c, earlier);
        }
        long refundable = captured.stream().mapToLong(Tendered::refundable).sum();
        if (c.amount() > refundable) {
            throw Rejection.invalid("amount", "payment.refund.too-much", Message.yuan(refundable));
        }
        List<RefundAllocation.Share> shares = RefundAllocation.newestFirst(
                captured.stream().map(Tendered::refundable).toList(), c.amount());
        List<RefundPart> parts = new ArrayList<>();
        for (RefundAllocation.Share share : shares) {
            parts.add(part(c, captured.get(share.tender()), share.amount()));
        }
        return new Refund(c.refundReference(), c.reference(), c.amount(),
                parts.stream().map(RefundPart::view).toList());
    }

    private RefundPart part(RefundPayment c, Tendered p, long amount) {
        UUID id = Ids.next();
        boolean online = p.tender().online();
        RefundPart part = new RefundPart(id, p.tenantId(), p.id(), p.tender(), p.reference(), c.refundReference(),
                amount, Refund.Status.PENDING, c.reason(), online ? GatewayOutcomes.outRefundNo(id) : null, null,
                false, null, null);
        Tendered refunding = p.refunding(amount);
        payments.update(refunding);
        refunds.insert(part);
        if (online) {
            calls.submitAfterCommit(part);
            return part;
        }
        if (p.tender().account()) {
            accounts.credit(p, id, amount);
        }
        // cash goes back from the till, a card refund through the terminal, value to its account: done when recorded
        return outcomes.settled(refunding, part, Refund.Status.SUCCEEDED, null);
    }

    private static Refund same(RefundPayment c, List<RefundPart> earlier) {
        long amount = earlier.stream().mapToLong(RefundPart::amount).sum();
        if (!earlier.get(0).reference().equals(c.reference()) || amount != c.amount()) {
            throw Rejection.conflict("refundReference", "payment.refund.reference-taken");
        }
        return new Refund(c.refundReference(), c.reference(), amount, earlier.stream().map(RefundPart::view).toList());
    }

    private static void check(RefundPayment c) {
        if (c.brandId() == null) {
            throw Rejection.invalid("brandId", "validation.required");
        }
        for (String[] field : new String[][] {{"reference", c.reference()}, {"refundReference", c.refundReference()}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw Rejection.invalid(field[0], "validation.required");
            }
            if (field[1].length() > TakeRules.MAX_TEXT) {
                throw Rejection.invalid(field[0], "validation.size.text.max", TakeRules.MAX_TEXT);
            }
        }
        if (c.amount() <= 0) {
            throw Rejection.invalid("amount", "validation.positive");
        }
    }
}
