package io.oneshelf.promotion.flash;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A flash sale (秒殺): its {@code items} (each SKU with its flash price and allocation), at most {@code perCustomer}
 * units of each item per customer, where and when it runs ({@code channels}, {@code storeIds}: none named is
 * everywhere; from {@code startsAt} until before {@code endsAt}) and whether it is active.
 */
record FlashSale(UUID id, String name, List<FlashItem> items, int perCustomer, Set<OrderChannel> channels,
                 Set<UUID> storeIds, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean active, int version,
                 OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static final String KIND = "FLASH_SALE";

    FlashSale {
        items = items == null ? List.of() : List.copyOf(items);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        storeIds = storeIds == null ? Set.of() : Set.copyOf(storeIds);
    }

    /** Whether it runs for this checkout: active, in its window, in its channels and at its stores. */
    boolean runsFor(Checkout checkout) {
        return runsAt(checkout.at().atOffset(ZoneOffset.UTC))
               && (channels.isEmpty() || channels.contains(checkout.channel()))
               && (storeIds.isEmpty() || checkout.storeId() != null && storeIds.contains(checkout.storeId()));
    }

    /** Whether it is active and {@code at} is in its window. */
    boolean runsAt(OffsetDateTime at) {
        return active && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    Optional<FlashItem> item(UUID skuId) {
        return items.stream().filter(i -> i.skuId().equals(skuId)).findFirst();
    }

    /** The same sale with other items (as read back after a change), or naming only {@code stores}. */
    FlashSale with(List<FlashItem> others, Set<UUID> stores) {
        return new FlashSale(id, name, others, perCustomer, channels, stores, startsAt, endsAt, active, version,
                createdAt, updatedAt);
    }

    Discount.Source source() {
        return new Discount.Source(KIND, id, name);
    }
}
