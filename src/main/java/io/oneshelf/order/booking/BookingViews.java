package io.oneshelf.order.booking;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Requests and answers of made-to-order settings and pickup slots. */
final class BookingViews {

    private BookingViews() {
    }

    @Schema(name = "MadeToOrderSetting")
    record Setting(UUID skuId, boolean madeToOrder, int leadHours, int version) {
        static Setting of(MadeToOrderStore.Setting s) {
            return new Setting(s.skuId(), s.madeToOrder(), s.leadHours(), s.version());
        }
    }

    @Schema(name = "MadeToOrderSettingEdit")
    record EditSetting(@NotNull Boolean madeToOrder, @NotNull @Min(0) @Max(720) Integer leadHours,
                       @NotNull @Min(0) Integer version) {
    }

    @Schema(name = "PickupSlot")
    record Slot(UUID id, UUID storeId, LocalTime startsAt, LocalTime endsAt, int capacity, Set<DayOfWeek> days,
                boolean active, int version) {
        static Slot of(PickupSlot s) {
            return new Slot(s.id(), s.storeId(), s.startsAt(), s.endsAt(), s.capacity(), s.days(), s.active(),
                    s.version());
        }
    }

    @Schema(name = "PickupSlotEdit")
    record EditSlot(@NotNull UUID storeId, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt,
                    @NotNull @Min(1) @Max(10_000) Integer capacity, @NotEmpty @Size(max = 7) Set<@NotNull DayOfWeek> days,
                    Boolean active, @Min(0) Integer version) {
    }

    /** A slot on one date with the places left; {@code bookable} is false when full, past or too soon. */
    @Schema(name = "PickupSlotDay")
    record SlotDay(UUID slotId, LocalDate date, LocalTime startsAt, LocalTime endsAt, int capacity, int remaining,
                   boolean bookable) {
    }

    /** A made-to-order SKU as the storefront shows it: ready from the earliest pickup if ordered now. */
    @Schema(name = "ShopMadeToOrder")
    record ShopMade(UUID skuId, int leadHours, LocalDateTime readyFrom) {
    }
}
