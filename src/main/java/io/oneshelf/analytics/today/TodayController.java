package io.oneshelf.analytics.today;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The home dashboard: today's orders and sales (the brand's business day) by channel and by store, of the places
 * within the caller's scope. The console asks again every few seconds; the figures follow the order events.
 */
@RestController
@Tag(name = "Dashboard")
class TodayController {

    private final SalesDays days;
    private final Places places;
    private final Brands brands;

    TodayController(SalesDays days, Places places, Brands brands) {
        this.days = days;
        this.places = places;
        this.brands = brands;
    }

    /** A group's figures in fen: {@code sales} is what was taken less what returns gave back. */
    @Schema(name = "DashboardFigures")
    record Figures(long orders, long sales, long sold, long returned) {
        static Figures of(SalesDays.Figures f) {
            return new Figures(f.orders(), f.sales(), f.sold(), f.returned());
        }
    }

    @Schema(name = "DashboardChannel")
    record Channel(OrderChannel channel, Figures figures) {
    }

    /** {@code storeId} null: orders of no store (sent from a warehouse to the customer). */
    @Schema(name = "DashboardStore")
    record Store(UUID storeId, String storeName, Figures figures) {
    }

    @Schema(name = "DashboardToday")
    record Today(LocalDate day, String timeZone, Figures total, List<Channel> channels, List<Store> stores,
                 OffsetDateTime updatedAt) {
    }

    @GetMapping("/api/v1/dashboard/today")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "getDashboardToday", summary = "Today's orders and sales by channel and by store, of "
            + "the places within your scope (the brand's business day, in its time zone); money in fen",
            description = "Orders placed today and not cancelled; sales are the totals of those paid less what "
                          + "returns gave back. Follows the order events within a second or so.")
    Today today() {
        Actor actor = Actor.current();
        ZoneId zone = brands.zoneOf(actor.tenantId());
        LocalDate day = LocalDate.now(zone);
        SalesDays.Day figures = days.day(actor.tenantId(), day,
                actor.brandWide() ? null : places.visibleTo(actor).stream().map(PlaceRef::id).toList());
        Map<UUID, String> names = new java.util.HashMap<>();
        figures.stores().stream().map(SalesDays.ByStore::storeId).filter(java.util.Objects::nonNull)
                .forEach(id -> places.find(actor.tenantId(), id).ifPresent(p -> names.put(id, p.name())));
        return new Today(day, zone.getId(), Figures.of(figures.total()),
                figures.channels().stream().map(c -> new Channel(c.channel(), Figures.of(c.figures()))).toList(),
                figures.stores().stream().map(s -> new Store(s.storeId(),
                        s.storeId() == null ? null : names.get(s.storeId()), Figures.of(s.figures()))).toList(),
                figures.updatedAt());
    }
}
