package io.oneshelf.promotion.rule;

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
import java.util.Set;
import java.util.UUID;

/** Promotions as the API reads and writes them; money in fen. */
final class PromotionViews {

    private PromotionViews() {
    }

    /**
     * A promotion to create or the whole of one to change (with the {@code version} read). {@code tiers} for a
     * FULL_REDUCTION (thresholds rising, each saving less than it asks), {@code percentOff} for a PERCENT_OFF,
     * {@code buy} and {@code get} for a BUY_X_GET_Y. Goods, channels and stores left empty: all of them.
     */
    @Schema(name = "PromotionEdit")
    record Edit(@NotBlank @Size(max = 60) String name, @NotNull PromotionKind kind,
                @Size(max = 10) List<@NotNull @Valid Tier> tiers, @Min(1) @Max(99) Integer percentOff,
                @Min(1) @Max(100) Integer buy, @Min(1) @Max(100) Integer get,
                @Size(max = 500) Set<@NotNull UUID> skuIds, @Size(max = 100) Set<@NotNull UUID> categoryIds,
                Set<@NotNull OrderChannel> channels, @Size(max = 500) Set<@NotNull UUID> storeIds,
                @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
                @Min(-1000) @Max(1000) Integer priority, Boolean exclusive, Boolean active,
                @Min(0) Integer version) {
    }

    /** A promotion as staff see it. */
    @Schema(name = "Promotion")
    record View(UUID id, String name, PromotionKind kind, List<Tier> tiers, Integer percentOff, Integer buy,
                Integer get, Set<UUID> skuIds, Set<UUID> categoryIds, Set<OrderChannel> channels,
                Set<UUID> storeIds, OffsetDateTime startsAt, OffsetDateTime endsAt, int priority,
                boolean exclusive, boolean active, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static View of(Promotion p) {
            return new View(p.id(), p.name(), p.kind(), p.tiers(), p.percentOff(), p.buy(), p.get(), p.skuIds(),
                    p.categoryIds(), p.channels(), p.storeIds(), p.startsAt(), p.endsAt(), p.priority(),
                    p.exclusive(), p.active(), p.version(), p.createdAt(), p.updatedAt());
        }
    }
}
