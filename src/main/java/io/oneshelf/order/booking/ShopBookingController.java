package io.oneshelf.order.booking;

import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The storefront's view of bookings, signed in or not: made-to-order products and a store's pickup slots. */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}")
@Tag(name = "Shop")
class ShopBookingController {

    private final Brands brands;
    private final MadeToOrderStore settings;
    private final SlotCalendar calendar;
    private final Places places;

    ShopBookingController(Brands brands, MadeToOrderStore settings, SlotCalendar calendar, Places places) {
        this.brands = brands;
        this.settings = settings;
        this.calendar = calendar;
        this.places = places;
    }

    @GetMapping("/made-to-order")
    @Operation(operationId = "listShopMadeToOrder", summary = "The shop's made-to-order SKUs with their lead time and "
            + "the earliest pickup if ordered now (the brand's local time)",
            description = "A bare JSON array: a brand makes a handful of products to order.")
    List<BookingViews.ShopMade> madeToOrder(@PathVariable String brandCode) {
        UUID brandId = brandId(brandCode);
        LocalDateTime now = LocalDateTime.now(brands.zoneOf(brandId));
        return settings.all(brandId).stream().filter(MadeToOrderStore.Setting::madeToOrder)
                .map(s -> new BookingViews.ShopMade(s.skuId(), s.leadHours(), now.plusHours(s.leadHours())))
                .toList();
    }

    @GetMapping("/pickup-slots")
    @Operation(operationId = "listShopPickupSlots", summary = "An open store's pickup slots on each date of a range "
            + "(at most 31 days; a week from {from} without {to}) with the places left, bookable now for the SKU "
            + "named (the one of longest lead time; full, past or too soon for it: not bookable)",
            description = "A bare JSON array, bounded by the range.")
    List<BookingViews.SlotDay> slots(@PathVariable String brandCode, @RequestParam UUID storeId,
                                     @RequestParam LocalDate from, @RequestParam(required = false) LocalDate to,
                                     @RequestParam(required = false) UUID skuId) {
        UUID brandId = brandId(brandCode);
        places.find(brandId, storeId).filter(p -> p.kind() == PlaceRef.Kind.STORE && p.open())
                .orElseThrow(() -> Rejection.invalid("storeId", "order.store.unknown"));
        return calendar.days(brandId, storeId, from, to, skuId == null ? List.of() : List.of(skuId));
    }

    private UUID brandId(String brandCode) {
        return brands.idOf(brandCode).orElseThrow(() -> Rejection.notFound("shop"));
    }
}
