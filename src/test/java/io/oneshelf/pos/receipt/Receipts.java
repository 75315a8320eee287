package io.oneshelf.pos.receipt;

import io.oneshelf.payment.Tender;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Receipts to print in tests. */
final class Receipts {

    private Receipts() {
    }

    /**
     * A member's sale at till 1 of a tea shop: three lines (one with a long name, one with a hand discount), a basket
     * promotion, paid part in cash with change and the rest by WeChat Pay.
     */
    static Receipt aSplitTenderSaleWithADiscount() {
        return new Receipt(UUID.fromString("7f6d2c1e-0000-4000-8000-000000000001"), "一茶一坐 南京西路店",
                "上海市静安区南京西路 1266 号", "前台 1 号", "P20261204-000123",
                OffsetDateTime.parse("2026-12-04T13:05:09+08:00"), "王小明",
                new Receipt.Member("李四", "138****1234"),
                List.of(new Receipt.Line("珍珠奶茶 大杯 热", 2, 1800, 3600, 360),
                        new Receipt.Line("Oolong tea leaves 250g 冻顶乌龙茶叶礼盒装（送礼佳品）", 1, 12800, 12800, 1280),
                        new Receipt.Line("Paper cup", 3, 50, 150, 0)),
                16550, 1640, 14910,
                List.of(new Receipt.Discount("PROMOTION", "满100减10", 1000),
                        new Receipt.Discount("HAND", "手工折扣", 640)),
                List.of(new Receipt.TenderLine(Tender.CASH, 10000, 2000L),
                        new Receipt.TenderLine(Tender.WECHAT_PAY, 4910, null)),
                149L, "https://shop.example.cn/shop.html#/demo/orders/7f6d2c1e-0000-4000-8000-000000000001");
    }
}
