package io.oneshelf.order.sale;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.inventory.SkuLines;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ServiceVouchers;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Places;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a command to place an order must be before anything is priced or held: a fulfilment its channel offers,
 * the people and places it needs (a guide credits only themselves), and lines of the brand's active SKUs, each once. Answers the lines ready to be
 * priced.
 */
@Component
class PlaceOrderCheck {

    static final long MAX_QUANTITY = 9_999;

    private final SkuCatalog catalog;
    private final Places places;
    private final ServiceVouchers vouchers;
    private final GuideRule guides;

    PlaceOrderCheck(SkuCatalog catalog, Places places, ServiceVouchers vouchers, GuideRule guides) {
        this.catalog = catalog;
        this.places = places;
        this.vouchers = vouchers;
        this.guides = guides;
    }

    /** The lines of a command to place; a quote ({@code quoting}) of a till sale needs no tenders yet. */
    List<PricedLine> check(PlaceOrder c, boolean quoting) {
        fulfilment(c, quoting);
        people(c);
        store(c);
        return lines(c);
    }

    /** The guide the order credits (see {@link GuideRule#credited}). */
    java.util.UUID creditedGuide(PlaceOrder c) {
        return guides.credited(c);
    }

    private static void fulfilment(PlaceOrder c, boolean quoting) {
        if (c.channel() == null) {
            throw Rejection.invalid("channel", "validation.required");
        }
        if (c.fulfilment() == null) {
            throw Rejection.invalid("fulfilment", "validation.required");
        }
        boolean till = c.channel() == OrderChannel.POS;
        if (till != (c.fulfilment() == Fulfilment.IN_STORE)) {
            throw Rejection.invalid("fulfilment", till ? "order.fulfilment.till-in-store" : "order.fulfilment.not-in-store");
        }
        if (!till && !c.tenders().isEmpty()) {
            throw Rejection.invalid("tenders", "order.tenders.till-only");
        }
        if (till && c.tenders().isEmpty() && !quoting) {
            // a quote prices the cart before the customer chooses how to pay: its tenders are matched at the sale
            throw Rejection.invalid("tenders", "validation.required");
        }
        boolean delivered = c.fulfilment() == Fulfilment.EXPRESS || c.fulfilment() == Fulfilment.SAME_CITY;
        if (delivered && c.address() == null) {
            throw Rejection.invalid("addressId", "order.address.required");
        }
    }

    private void people(PlaceOrder c) {
        if (c.channel() != OrderChannel.POS && c.customerId() == null) {
            throw Rejection.invalid("customerId", "validation.required");
        }
        if (c.channel() != OrderChannel.ONLINE && c.staff() == null) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, io.oneshelf.platform.Message.of("order.staff-only"));
        }
        guides.checkCredit(c.staff(), c.guideId());
    }

    /** The pickup or till store: one of the brand's open stores, and within the staff member's scope at a till. */
    private void store(PlaceOrder c) {
        boolean needsStore = c.fulfilment() == Fulfilment.PICKUP || c.fulfilment() == Fulfilment.IN_STORE
                             || c.fulfilment() == Fulfilment.VOUCHER;
        if (!needsStore) {
            if (c.storeId() != null) {
                throw Rejection.invalid("storeId", "order.store.not-for-delivery");
            }
            return;
        }
        if (c.storeId() == null) {
            throw Rejection.invalid("storeId", "validation.required");
        }
        var store = places.find(c.brandId(), c.storeId())
                .filter(p -> p.kind() == io.oneshelf.org.PlaceRef.Kind.STORE)
                .orElseThrow(() -> Rejection.invalid("storeId", "order.store.unknown"));
        if (!store.open()) {
            throw Rejection.invalid("storeId", "order.store.closed", store.name());
        }
        if (c.channel() == OrderChannel.POS && !places.scopeContains(c.brandId(), c.staff().scopeType(),
                c.staff().scopeId(), store.id())) {
            throw Rejection.invalid("storeId", "order.store.out-of-scope");
        }
    }

    /** A voucher order sells only vouchers; a voucher sells only as one, or over the counter. */
    private void voucherFits(PlaceOrder c, int line, boolean voucher, String code) {
        if (c.fulfilment() == Fulfilment.VOUCHER && !voucher) {
            throw new LineRejected(line, Rejection.invalid("skuId", "order.voucher.not-a-voucher", code));
        }
        if (voucher && c.fulfilment() != Fulfilment.VOUCHER && c.fulfilment() != Fulfilment.IN_STORE) {
            throw new LineRejected(line, Rejection.invalid("skuId", "order.voucher.only-as-voucher", code));
        }
    }

    private List<PricedLine> lines(PlaceOrder c) {
        if (c.lines().isEmpty()) {
            throw Rejection.invalid("lines", "validation.required");
        }
        if (c.lines().size() > PlaceOrder.MAX_LINES) {
            throw Rejection.invalid("lines", "validation.size.items.max", PlaceOrder.MAX_LINES);
        }
        List<SkuLines.Line> asked = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            PlaceOrder.Line line = c.lines().get(i);
            if (line == null || line.skuId() == null) {
                throw new LineRejected(i, Rejection.invalid("skuId", "validation.required"));
            }
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                throw new LineRejected(i, Rejection.invalid("quantity", "validation.range", 1, MAX_QUANTITY));
            }
            if (line.discountFen() < 0) {
                throw new LineRejected(i, Rejection.invalid("discountFen", "validation.range", 0, Long.MAX_VALUE));
            }
            if (c.asRecorded() && (line.recordedUnitPrice() == null || line.recordedUnitPrice() < 0)) {
                throw new LineRejected(i, Rejection.invalid("unitPrice", "validation.required"));
            }
            asked.add(new SkuLines.Line(line.skuId(), line.quantity()));
        }
        SkuLines skus = SkuLines.of(catalog, c.brandId(), asked);
        var voucherSkus = vouchers.vouchersAmong(c.brandId(), asked.stream().map(SkuLines.Line::skuId).toList());
        List<PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            var sku = skus.sku(asked.get(i).skuId());
            if (!sku.active()) {
                throw new LineRejected(i, Rejection.invalid("skuId", "order.sku.inactive", sku.code()));
            }
            voucherFits(c, i, voucherSkus.contains(sku.id()), sku.code());
            priced.add(new PricedLine(i, sku, asked.get(i).quantity(), c.lines().get(i).discountFen()));
        }
        return priced;
    }
}
