package io.oneshelf.loyalty.points;

import io.oneshelf.payment.AccountTender;
import io.oneshelf.payment.Tender;
import org.springframework.stereotype.Component;

/**
 * Points as the {@link Tender#POINTS} tender: a payment takes the points its fen are worth at the brand's rate, a
 * refund gives back the share it stands for; both in the payment's transaction, once per entry.
 */
@Component
class PointsTender implements AccountTender {

    private final PointsDesk desk;

    PointsTender(PointsDesk desk) {
        this.desk = desk;
    }

    @Override
    public Tender tender() {
        return Tender.POINTS;
    }

    @Override
    public void debit(Move move) {
        desk.redeem(move);
    }

    @Override
    public void credit(Move move) {
        desk.refund(move);
    }
}
