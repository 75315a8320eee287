package io.oneshelf.social.group;

import io.oneshelf.order.OrderChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** The bodies and answers of the group buy campaigns' API. */
final class GroupBuyViews {

    private GroupBuyViews() {
    }

    /** A campaign as written; {@code version} is the one read, for a change. */
    @Schema(name = "GroupBuyEdit")
    record Edit(@NotBlank @Size(max = 100) String name, @NotNull UUID skuId,
                @NotNull @Min(1) @Max(100_000_000_00L) Long groupPrice, @NotNull @Min(2) @Max(50) Integer groupSize,
                @NotNull @Min(5) @Max(10_080) Integer limitMinutes, @NotNull @Min(1) @Max(100) Integer perCustomer,
                @NotNull @Min(1) @Max(1_000_000) Integer allocation,
                @Size(max = 3) Set<@NotNull OrderChannel> channels, @Size(max = 200) Set<@NotNull UUID> storeIds,
                @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, Boolean active, Integer version) {
    }

    /**
     * A campaign with its SKU's code and name, the list price the group price undercuts, units left, and its
     * progress: groups open, succeeded (of them with virtual members) and failed, members paid.
     */
    @Schema(name = "GroupBuy")
    record View(UUID id, String name, UUID skuId, String skuCode, String skuName, long listPrice, long groupPrice,
                int groupSize, int limitMinutes, int perCustomer, int allocation, int sold, int remaining,
                Set<OrderChannel> channels, Set<UUID> storeIds, OffsetDateTime startsAt, OffsetDateTime endsAt,
                boolean active, int version, Groups.Progress progress) {
    }

    /** The brand's settings of group buys: whether a group out of time is completed by virtual members. */
    @Schema(name = "SocialSettings")
    record Settings(@NotNull Boolean virtualMembers, Integer version) {
    }
}
