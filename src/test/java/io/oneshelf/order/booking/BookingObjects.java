package io.oneshelf.order.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Booking objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a SKU made to
 * order, a pickup slot at the owner's store one, and an unpaid guide order booking it (so that "made" is refused
 * and a walk changes nothing); a valid body for every mutating booking endpoint and the required queries.
 */
public final class BookingObjects {

    static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    private BookingObjects() {
    }

    /** Ids for {@code made-to-order} (the SKU's id), {@code pickup-slots} and {@code production} (the order's). */
    public static Map<String, String> create(Api api, Brand owner, String ownerAdmin, UUID pricedSku) {
        Reply made = api.put("/api/v1/made-to-order/" + pricedSku, ownerAdmin, Map.of("madeToOrder", true,
                "leadHours", 24, "version", 0));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        Reply slot = api.post("/api/v1/pickup-slots", ownerAdmin, Map.of("storeId", owner.storeId(), "startsAt",
                "10:00", "endsAt", "12:00", "capacity", 5, "days", EVERY_DAY));
        assertThat(slot.status()).as(slot.toString()).isEqualTo(201);
        String guide = api.login(owner.login("guide"), BrandFixture.PASSWORD);
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", owner.storeId(), "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", pricedSku, "quantity", 1)),
                "pickupSlot", Map.of("date", day().toString(), "slotId", slot.id())));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("made-to-order", pricedSku.toString());
        ids.put("pickup-slots", slot.id());
        ids.put("production", placed.id());
        return ids;
    }

    /** The owner's booked day: three days ahead, beyond the 24-hour lead time. */
    static LocalDate day() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
    }

    public static Map<String, Object> sampleBodies(Brand owner) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("PUT /api/v1/made-to-order/{id}", Map.of("madeToOrder", true, "leadHours", 48, "version", 1));
        Map<String, Object> slot = Map.of("storeId", owner.storeId(), "startsAt", "14:00", "endsAt", "15:00",
                "capacity", 3, "days", List.of("SATURDAY", "SUNDAY"), "version", 1);
        bodies.put("POST /api/v1/pickup-slots", slot);
        bodies.put("PUT /api/v1/pickup-slots/{id}", slot);
        bodies.put("POST /api/v1/production/{orderId}/made", Map.of());
        return bodies;
    }

    /** The required queries of the booking endpoints; {@code ids} names the owner's store ({@code stores}). */
    public static Map<String, Map<String, String>> sampleQueries(Map<String, String> ids) {
        String store = ids.get("stores");
        return Map.of("GET /api/v1/pickup-slot-days", Map.of("storeId", store, "from", day().toString()),
                "GET /api/v1/shop/{brandCode}/pickup-slots", Map.of("storeId", store, "from", day().toString()),
                "GET /api/v1/production", Map.of("storeId", store, "date", day().toString()));
    }
}
