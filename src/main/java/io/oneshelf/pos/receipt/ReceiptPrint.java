package io.oneshelf.pos.receipt;

import io.oneshelf.payment.Tender;
import io.oneshelf.pos.receipt.EscPos.Align;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A receipt laid out for a thermal printer (ESC/POS): the store's name large, the sale's facts, each line's name then
 * its quantity × unit price and amount, the discounts, the total, the tenders with the change, and the QR code of the
 * e-receipt with a word on membership, then the cut. Printed in Chinese, as the printers and the customers read it.
 */
final class ReceiptPrint {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<Tender, String> TENDERS = Map.of(Tender.CASH, "现金", Tender.CARD, "银行卡",
            Tender.WECHAT_PAY, "微信支付", Tender.WALLET, "储值余额", Tender.POINTS, "积分抵扣");

    private final Receipt receipt;
    private final int columns;
    private final EscPos out = new EscPos();

    private ReceiptPrint(Receipt receipt, Paper paper) {
        this.receipt = receipt;
        this.columns = paper.columns;
    }

    /** The ESC/POS bytes of the receipt on this paper. */
    static byte[] bytes(Receipt receipt, Paper paper) {
        ReceiptPrint print = new ReceiptPrint(receipt, paper);
        print.out.init();
        print.header();
        print.lines();
        print.totals();
        print.tenders();
        print.footer(paper);
        return print.out.cut().toBytes();
    }

    private void header() {
        out.align(Align.CENTER).bold(true).size(1, 2);
        wrapped(receipt.storeName());
        out.size(1, 1).bold(false);
        if (receipt.storeAddress() != null) {
            wrapped(receipt.storeAddress());
        }
        out.align(Align.LEFT);
        fact("单号", receipt.number());
        fact("时间", TIME.format(receipt.createdAt()));
        fact("收银台", receipt.tillName());
        fact("收银员", receipt.staffName());
        if (receipt.customer() != null) {
            Receipt.Member member = receipt.customer();
            fact("会员", java.util.stream.Stream.of(member.name(), member.phone()).filter(Objects::nonNull)
                    .reduce((name, phone) -> name + " " + phone).orElse(null));
        }
        rule();
    }

    private void lines() {
        for (Receipt.Line line : receipt.lines()) {
            wrapped(line.name());
            spread("  " + line.quantity() + " x " + Columns.yuan(line.unitPrice()), Columns.yuan(line.amount()));
            if (line.discount() != 0) {
                spread("  优惠", Columns.yuan(-line.discount()));
            }
        }
        rule();
    }

    private void totals() {
        spread("商品金额", Columns.yuan(receipt.goodsAmount()));
        if (receipt.discountAmount() != 0) {
            spread("优惠合计", Columns.yuan(-receipt.discountAmount()));
            for (Receipt.Discount discount : receipt.discounts()) {
                spread("  " + discount.name(), Columns.yuan(-discount.amount()));
            }
        }
        out.bold(true).size(1, 2);
        spread("应付", Columns.yuan(receipt.total()));
        out.size(1, 1).bold(false);
        rule();
    }

    private void tenders() {
        for (Receipt.TenderLine tender : receipt.tenders()) {
            spread(TENDERS.get(tender.tender()), Columns.yuan(tender.amount()));
            if (tender.change() != null && tender.change() > 0) {
                spread("  找零", Columns.yuan(tender.change()));
            }
        }
        if (receipt.pointsEarned() != null && receipt.pointsEarned() > 0) {
            spread("本单积分", "+" + receipt.pointsEarned());
        }
        rule();
    }

    private void footer(Paper paper) {
        out.align(Align.CENTER);
        wrapped("扫码查看电子小票，注册会员享积分");
        out.qr(receipt.eReceiptUrl(), paper.qrModuleDots);
        out.line("");
        wrapped("谢谢惠顾，欢迎再次光临");
        out.feed(3);
    }

    private void fact(String label, String value) {
        if (value != null) {
            wrapped(label + "：" + value);
        }
    }

    private void spread(String left, String right) {
        print(Columns.spread(Columns.printable(left), right, columns));
    }

    private void wrapped(String text) {
        print(Columns.wrap(Columns.printable(text), columns));
    }

    private void rule() {
        out.line("-".repeat(columns));
    }

    private void print(List<String> lines) {
        lines.forEach(out::line);
    }
}
