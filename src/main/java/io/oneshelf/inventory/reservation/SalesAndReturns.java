package io.oneshelf.inventory.reservation;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.Hold;
import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import io.oneshelf.inventory.Posted;
import io.oneshelf.inventory.Sale;
import io.oneshelf.inventory.StockPostings;
import io.oneshelf.inventory.StockReturn;
import io.oneshelf.inventory.reservation.PostedReferences.Kind;
import io.oneshelf.inventory.stock.MovementKind;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockLedger.Held;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.Rejection.Fault;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts other modules' sales and returns to the stock ledger, once per reference, in the caller's transaction
 * (or one of its own), with balances changed in {@link Posting#LOCK_ORDER}.
 */
@Service
class SalesAndReturns implements StockPostings {

    private final PostedReferences references;
    private final StockLedger ledger;
    private final StockPlaces places;
    private final ReservationService holds;

    SalesAndReturns(PostedReferences references, StockLedger ledger, StockPlaces places, ReservationService holds) {
        this.references = references;
        this.ledger = ledger;
        this.places = places;
        this.holds = holds;
    }

    @Override
    @Transactional
    public Posted postSale(Sale sale) {
        Actor by = sale.by();
        mustBeKnown(by, sale.lines());
        String fingerprint = fingerprint(sale.lines()) + "|" + (sale.holdReference() == null ? "" : sale.holdReference());
        if (posted(by, Kind.SALE, sale.reference(), fingerprint)) {
            return new Posted(sale.reference(), true);
        }
        if (sale.holdReference() != null) {
            consume(by, sale);
        } else {
            post(by, sale.lines(), i -> out(by, sale.reference(), sale.lines().get(i)));
        }
        return new Posted(sale.reference(), false);
    }

    @Override
    @Transactional
    public Posted postSaleAsSold(Sale sale) {
        Actor by = sale.by();
        mustBeKnown(by, sale.lines());
        if (posted(by, Kind.SALE, sale.reference(), fingerprint(sale.lines()) + "|")) {
            return new Posted(sale.reference(), true);
        }
        List<Integer> order = IntStream.range(0, sale.lines().size()).boxed()
                .sorted((a, b) -> Posting.LOCK_ORDER.compare(out(by, sale.reference(), sale.lines().get(a)),
                        out(by, sale.reference(), sale.lines().get(b)))).toList();
        for (int i : order) {
            Posting p = out(by, sale.reference(), sale.lines().get(i));
            if (ledger.post(p).isEmpty()) {
                Held held = ledger.held(by.tenantId(), p.skuId(), p.locationId());
                long shortfall = -p.onHandDelta() - (held.onHand() - held.reserved());
                ledger.post(new Posting(by.tenantId(), p.skuId(), p.locationId(), MovementKind.ADJUSTMENT, shortfall,
                        0, by.id(), by.name(), SOLD_BEYOND_STOCK, sale.reference(), null, null));
                ledger.post(p).orElseThrow(() -> new IllegalStateException("made good, yet refused: " + p));
            }
        }
        return new Posted(sale.reference(), false);
    }

    /** The reason of the adjustment that makes good what an offline sale sold beyond the books' stock. */
    static final String SOLD_BEYOND_STOCK = "sold beyond stock";

    @Override
    @Transactional
    public Posted postReturn(StockReturn back) {
        Actor by = back.by();
        mustBeKnown(by, back.lines());
        if (posted(by, Kind.RETURN, back.reference(), fingerprint(back.lines()))) {
            return new Posted(back.reference(), true);
        }
        post(by, back.lines(), i -> in(by, back.reference(), back.lines().get(i)));
        return new Posted(back.reference(), false);
    }

    @Override
    @Transactional
    public Posted postProduction(Sale sale) {
        Actor by = sale.by();
        mustBeKnown(by, sale.lines());
        if (posted(by, Kind.PRODUCTION, sale.reference(), fingerprint(sale.lines()))) {
            return new Posted(sale.reference(), true);
        }
        post(by, sale.lines(), i -> made(by, sale.reference(), sale.lines().get(i)));
        post(by, sale.lines(), i -> out(by, sale.reference(), sale.lines().get(i)));
        return new Posted(sale.reference(), false);
    }

    /** Whether the reference was posted before with the same lines; refused if with other lines. */
    private boolean posted(Actor by, Kind kind, String reference, String fingerprint) {
        Optional<String> earlier = references.claim(by.tenantId(), kind, reference, fingerprint, by.id());
        if (earlier.isPresent() && !earlier.get().equals(fingerprint)) {
            throw Rejection.conflict("reference", "inventory.posting.reference-taken",
                    Message.of("inventory.posting." + kind.name().toLowerCase()));
        }
        return earlier.isPresent();
    }

    /** The sale is the hold's: a held hold is confirmed now, a confirmed one has taken its stock already. */
    private void consume(Actor by, Sale sale) {
        Hold hold = holds.findByReference(by, sale.holdReference())
                .orElseThrow(() -> Rejection.notFound("reservation"));
        if (!hold.lines().equals(sale.lines())) {
            throw Rejection.conflict("lines", "inventory.sale.not-the-hold");
        }
        holds.confirm(by, sale.holdReference());
    }

    private interface LinePosting {
        Posting of(int line);
    }

    /** Posts one posting per line in lock order; a line the stock cannot cover refuses the whole command. */
    private void post(Actor by, HoldLines lines, LinePosting posting) {
        List<Integer> order = IntStream.range(0, lines.size()).boxed()
                .sorted((a, b) -> Posting.LOCK_ORDER.compare(posting.of(a), posting.of(b))).toList();
        for (int i : order) {
            Posting p = posting.of(i);
            if (ledger.post(p).isEmpty()) {
                Held held = ledger.held(by.tenantId(), p.skuId(), p.locationId());
                Message message = Message.of("inventory.available-here", Math.max(0, held.onHand() - held.reserved()));
                throw new Rejection(Rejection.Kind.OUT_OF_STOCK, Message.of("inventory.line-short", i, message),
                        List.of(new Fault("lines[" + i + "].quantity", message)));
            }
        }
    }

    /** Stock that is not held leaves as a sale. */
    private static Posting out(Actor by, String reference, HoldLine l) {
        return new Posting(by.tenantId(), l.skuId(), l.locationId(), MovementKind.SALE, -l.quantity(), 0, by.id(),
                by.name(), null, reference, null, null);
    }

    /** Goods made at the location come in (a production receipt). */
    private static Posting made(Actor by, String reference, HoldLine l) {
        return new Posting(by.tenantId(), l.skuId(), l.locationId(), MovementKind.RECEIPT, l.quantity(), 0, by.id(),
                by.name(), "made to order", reference, null, null);
    }

    private static Posting in(Actor by, String reference, HoldLine l) {
        return new Posting(by.tenantId(), l.skuId(), l.locationId(), MovementKind.RETURN, l.quantity(), 0, by.id(),
                by.name(), null, reference, null, null);
    }

    /** Every line names a SKU of the brand and a place within the caller's scope. */
    private void mustBeKnown(Actor by, HoldLines lines) {
        Map<java.util.UUID, SkuRef> skus = places.skus(by, lines.stream().map(HoldLine::skuId)
                .collect(Collectors.toSet()));
        Map<java.util.UUID, PlaceRef> visible = places.visible(by);
        for (int i = 0; i < lines.size(); i++) {
            if (!skus.containsKey(lines.get(i).skuId())) {
                throw Rejection.invalid("lines[" + i + "].skuId", "catalog.sku.foreign");
            }
            if (!visible.containsKey(lines.get(i).locationId())) {
                throw Rejection.invalid("lines[" + i + "].locationId", "inventory.location.outside");
            }
        }
    }

    private static String fingerprint(HoldLines lines) {
        return lines.stream().map(l -> l.skuId() + ":" + l.locationId() + ":" + l.quantity())
                .collect(Collectors.joining(";"));
    }
}
