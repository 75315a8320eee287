package io.oneshelf.promotion.flash;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Flash sales as the API reads and writes them; money in fen. */
final class FlashSaleViews {

    private FlashSaleViews() {
    }

    /**
     * A flash sale to create or the whole of one to change (with the {@code version} read): its SKUs each with a
     * flash price below the list price and an allocation of units (not above the online stock when it sells online),
     * the units one customer may buy of each, its window; channels and stores left empty: all of them.
     */
    @Schema(name = "FlashSaleEdit")
    record Edit(@NotBlank @Size(max = 60) String name,
                @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ItemEdit> items,
                @NotNull @Min(1) @Max(1000) Integer perCustomer, Set<@NotNull OrderChannel> channels,
                @Size(max = 500) Set<@NotNull UUID> storeIds, @NotNull OffsetDateTime startsAt,
                @NotNull OffsetDateTime endsAt, Boolean active, @Min(0) Integer version) {
    }

    /** One SKU of a flash sale to keep: its flash price (fen) and the units allocated to the sale. */
    @Schema(name = "FlashSaleItemEdit")
    record ItemEdit(@NotNull UUID skuId, @NotNull @Min(1) @Max(100_000_000) Long price,
                    @NotNull @Min(1) @Max(1_000_000) Integer allocation) {
    }

    /** A flash sale as staff see it. */
    @Schema(name = "FlashSale")
    record View(UUID id, String name, List<ItemView> items, int perCustomer, Set<OrderChannel> channels,
                Set<UUID> storeIds, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean active, int version,
                OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static View of(FlashSale s, Map<UUID, SkuRef> skus) {
            return new View(s.id(), s.name(), s.items().stream().map(i -> ItemView.of(i, skus.get(i.skuId())))
                    .toList(), s.perCustomer(), s.channels(), s.storeIds(), s.startsAt(), s.endsAt(), s.active(),
                    s.version(), s.createdAt(), s.updatedAt());
        }
    }

    /** One SKU of a flash sale: its flash price, allocation, units sold and left. */
    @Schema(name = "FlashSaleItem")
    record ItemView(UUID skuId, String skuCode, String skuName, long price, int allocation, int sold,
                    int remaining) {

        static ItemView of(FlashItem i, SkuRef sku) {
            return new ItemView(i.skuId(), sku == null ? null : sku.code(), sku == null ? null : sku.name(),
                    i.price(), i.allocation(), i.sold(), i.remaining());
        }
    }

    /** A running flash sale as the shop shows it: the price, units left and when it ends (for a countdown). */
    @Schema(name = "ShopFlashSale")
    record Shop(UUID id, String name, int perCustomer, OffsetDateTime startsAt, OffsetDateTime endsAt,
                List<ShopItem> items) {

        static Shop of(FlashSale s) {
            return new Shop(s.id(), s.name(), s.perCustomer(), s.startsAt(), s.endsAt(), s.items().stream()
                    .map(i -> new ShopItem(i.skuId(), i.price(), i.allocation(), i.remaining())).toList());
        }
    }

    /** One SKU of a running flash sale in the shop. */
    @Schema(name = "ShopFlashSaleItem")
    record ShopItem(UUID skuId, long price, int allocation, int remaining) {
    }
}
