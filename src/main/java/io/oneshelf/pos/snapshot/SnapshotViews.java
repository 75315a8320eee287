package io.oneshelf.pos.snapshot;

import io.oneshelf.promotion.ChannelPromotions.PromotionTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a till caches, as the API answers it; money in fen. */
final class SnapshotViews {

    private SnapshotViews() {
    }

    /**
     * The catalog, prices, promotions, member tiers, the cashier's rights and the offline limits of a till. With
     * {@code full} false only the SKUs changed since the {@code since} asked are listed, and {@code removedSkuIds}
     * those deactivated since: the device keeps the rest of its copy. {@code asOf} is the next ask's
     * {@code since}.
     */
    @Schema(name = "TillSnapshot")
    record TillSnapshot(OffsetDateTime asOf, boolean full, Store store, List<Sku> skus, List<UUID> removedSkuIds,
                        List<Tier> tiers, List<PromotionTerms> promotions, Cashier cashier, Settings settings) {
    }

    @Schema(name = "TillSnapshotStore")
    record Store(UUID id, String name, String code) {
    }

    /**
     * A SKU the till sells: {@code priceFen} resolved for the POS channel at this store without a tier (null: it has
     * no valid price and cannot be sold), {@code tierPrices} the tiers whose members pay less;
     * {@code categoryIds} its product's category and those above it, for promotions of a category applied offline.
     */
    @Schema(name = "TillSnapshotSku")
    record Sku(UUID skuId, String code, String name, String productName, Map<String, String> specs,
               List<String> barcodes, @Schema(nullable = true) Long priceFen, List<TierPrice> tierPrices,
               boolean active, Set<UUID> categoryIds) {
    }

    @Schema(name = "TillSnapshotTierPrice")
    record TierPrice(String tierCode, long priceFen) {
    }

    @Schema(name = "TillSnapshotTier")
    record Tier(String code, String name) {
    }

    /** Who signed in at the till, what they may do and how much of a line's amount they may take off by hand. */
    @Schema(name = "TillSnapshotCashier")
    record Cashier(UUID staffId, String name, List<String> permissions, int discountLimitPercent) {
    }

    @Schema(name = "TillSnapshotSettings")
    record Settings(int maxOfflineHours, long maxOfflineAmountFen) {
    }

    /**
     * The members a till may look up offline; {@code removedCustomerIds} those merged into another or anonymised
     * since, which the device drops.
     */
    @Schema(name = "TillMemberSnapshot")
    record MemberSnapshot(OffsetDateTime asOf, List<Member> members, List<UUID> removedCustomerIds) {
    }

    /**
     * A member as the till finds them offline: by the SHA-256 (hex) of their normalised 11-digit phone typed in, or
     * by the member card number ({@code memberCode}, {@code M} and 10 digits) scanned from their member QR
     * ({@code OSM1.<memberCode>.<expiry>.<signature>}) or card.
     */
    @Schema(name = "TillSnapshotMember")
    record Member(UUID customerId, String phoneHash, String maskedPhone, String memberCode,
                  @Schema(nullable = true) String name, @Schema(nullable = true) String tierCode) {
    }
}
