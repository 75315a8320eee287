package io.oneshelf.social.bargain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies and answers of the bargain API. */
final class BargainViews {

    private BargainViews() {
    }

    @Schema(name = "BargainCampaignEdit")
    record Edit(@NotBlank @Size(max = 100) String name, @NotNull UUID skuId,
                @NotNull @Min(2) @Max(100_000_000_00L) Long startPrice,
                @NotNull @Min(1) @Max(100_000_000_00L) Long floorPrice, @NotNull @Min(1) @Max(100) Integer helpersNeeded,
                @NotNull @Min(5) @Max(10_080) Integer limitMinutes, @NotNull @Min(1) @Max(100) Integer helpsPerDay,
                @NotNull @Min(1) @Max(1_000_000) Integer allocation, @NotNull OffsetDateTime startsAt,
                @NotNull OffsetDateTime endsAt, Boolean active, Integer version) {
    }

    /** A campaign with its SKU, units left and progress: bargains open, bought and expired, helps given. */
    @Schema(name = "BargainCampaign")
    record View(UUID id, String name, UUID skuId, String skuCode, String skuName, long startPrice, long floorPrice,
                int helpersNeeded, int limitMinutes, int helpsPerDay, int allocation, int sold, int remaining,
                OffsetDateTime startsAt, OffsetDateTime endsAt, boolean active, int version,
                Bargains.Progress progress) {
    }

    /**
     * A bargain: its share code, the price now and the floor, cuts taken of those needed, each help so far (who, how
     * much), its status as of now and when its time runs out. The drawn sequence itself ({@code cuts}) is shown to
     * staff only (the audit); the shop sees the cuts taken.
     */
    @Schema(name = "Bargain")
    record Bargain(UUID id, String code, UUID campaignId, String campaignName, UUID skuId, String buyer,
                   long startPrice, long floorPrice, long price, int cutsTaken, int helpersNeeded, String status,
                   OffsetDateTime startedAt, OffsetDateTime expiresAt, UUID orderId, List<Help> helps,
                   List<Long> cuts) {
    }

    @Schema(name = "BargainHelp")
    record Help(String shownAs, int seq, long amount, OffsetDateTime helpedAt) {
    }

    /** The order that buys a bargain at its price now. */
    @Schema(name = "BargainPurchase")
    record Purchase(UUID orderId, String orderNumber, long total, OffsetDateTime payBefore, Bargain bargain) {
    }

    /** A campaign running in the shop. */
    @Schema(name = "ShopBargainCampaign")
    record Shop(UUID id, String name, UUID skuId, String skuName, long startPrice, long floorPrice, int helpersNeeded,
                int limitMinutes, int remaining, OffsetDateTime endsAt) {
    }
}
