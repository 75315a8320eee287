package io.oneshelf.pos.till;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo brand's counters, through the same paths as real ones: a till in every store; at 静安寺旗舰店 (SH001) two
 * past days each with a shift opened at 09:00, a few sales the till made offline that day synced through the sync
 * path (older than the brand's offline limit, so they show up as OVER_LIMIT conflicts), and closed at 21:00 a yuan
 * short; and a shift open now with a few sales at the counter. Once: a till that has shifts is left as it is.
 */
@Component
@Order(10)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoTills implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTills.class);

    private final Brands brands;
    private final Places places;
    private final Tills tills;
    private final Shifts shifts;
    private final ShiftDesk desk;
    private final ShiftReports reports;
    private final CounterDesk counter;
    private final OfflineSync sync;
    private final SkuCatalog skus;

    DemoTills(Brands brands, Places places, Tills tills, Shifts shifts, ShiftDesk desk, ShiftReports reports,
              CounterDesk counter, OfflineSync sync, SkuCatalog skus) {
        this.brands = brands;
        this.places = places;
        this.tills = tills;
        this.shifts = shifts;
        this.desk = desk;
        this.reports = reports;
        this.counter = counter;
        this.sync = sync;
        this.skus = skus;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).ifPresent(brand -> {
            List<PlaceRef> stores = places.all(brand).stream().filter(p -> p.kind() == PlaceRef.Kind.STORE).toList();
            stores.forEach(s -> tills.insert(Tills.newTill(brand, s.id(), "T01", "1号收银机")));
            Optional<Till> flagship = stores.stream().filter(s -> s.code().equals("SH001")).findFirst()
                    .flatMap(s -> tills.ofStores(brand, List.of(s.id())).stream().findFirst());
            if (flagship.isEmpty() || !shifts.list(brand, null, flagship.get().id(), null, null, null, 1).isEmpty()) {
                return;
            }
            Actor cashier = Actor.system(brand, "demo-till");
            List<UUID> goods = sellable(brand, cashier, flagship.get());
            if (goods.isEmpty()) {
                return;
            }
            ZoneId zone = brands.zoneOf(brand);
            for (int daysAgo = 2; daysAgo >= 1; daysAgo--) {
                pastDay(cashier, flagship.get(), goods, OffsetDateTime.now(zone).minusDays(daysAgo)
                        .withHour(9).withMinute(0).withSecond(0).withNano(0));
            }
            desk.open(cashier, flagship.get().id(), 50_000);
            for (int i = 0; i < 3; i++) {
                counter.sell(cashier, flagship.get().id(), new PosRequests.Sale(UUID.randomUUID(), null, null,
                        List.of(new PosRequests.Line(goods.get(i % goods.size()), 1L, null)), null,
                        List.of(tender(price(brand, cashier, flagship.get(), goods.get(i % goods.size())), i)), null));
            }
            log.info("Demo tills: a till in each of {} stores, two closed days and an open shift at SH001",
                    stores.size());
        });
    }

    /** A day of the flagship's till: opened at 09:00, its offline sales synced, closed at 21:00 a yuan short. */
    private void pastDay(Actor cashier, Till till, List<UUID> goods, OffsetDateTime nine) {
        Shift shift = desk.open(cashier, till.id(), 50_000, nine);
        List<PosRequests.OfflineSale> sales = new ArrayList<>();
        for (int i = 0; i < goods.size(); i++) {
            long price = price(till.brandId(), cashier, till, goods.get(i));
            sales.add(new PosRequests.OfflineSale(UUID.randomUUID(), null, null, List.of(new PosRequests.OfflineLine(
                    goods.get(i), 1L, null, price)), null, List.of(tender(price, i)), null,
                    nine.plusHours(1 + i), price));
        }
        sync.sync(cashier, till.id(), sales, List.of());
        long expected = reports.expectedCash(shift);
        desk.close(cashier, shift.id(), yuanShort(expected), "演示：少一元", nine.plusHours(12));
    }

    /** The drawer counted in ¥100 notes, ¥1 notes and 1 jiao coins, a yuan less than expected. */
    private static List<Shift.Count> yuanShort(long expected) {
        long counted = Math.max(0, expected - 100);
        return List.of(new Shift.Count(10000, counted / 10000), new Shift.Count(100, counted % 10000 / 100),
                new Shift.Count(10, counted % 100 / 10));
    }

    /** Cash with change on even sales, a card on odd ones. */
    private static PosRequests.TenderLine tender(long price, int i) {
        return i % 2 == 0 ? new PosRequests.TenderLine(io.oneshelf.payment.Tender.CASH, price,
                (price / 10000 + 1) * 10000, null, null, null)
                : new PosRequests.TenderLine(io.oneshelf.payment.Tender.CARD, price, null, "DEMO-" + i, null, null);
    }

    /** Up to three active SKUs the flagship sells at a price, with stock there. */
    private List<UUID> sellable(UUID brand, Actor cashier, Till till) {
        List<UUID> found = new ArrayList<>();
        for (SkuRef sku : skus.all(brand).stream().filter(SkuRef::active).limit(40).toList()) {
            try {
                if (price(brand, cashier, till, sku.id()) > 0) {
                    found.add(sku.id());
                }
            } catch (Rejection e) {
                log.debug("Demo till does not sell {}: {}", sku.code(), e.getMessage());
            }
            if (found.size() == 3) {
                break;
            }
        }
        return found;
    }

    private long price(UUID brand, Actor cashier, Till till, UUID sku) {
        return counter.quote(cashier, till, sku);
    }
}
