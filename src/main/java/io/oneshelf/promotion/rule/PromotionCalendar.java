package io.oneshelf.promotion.rule;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.promotion.ChannelPromotions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link ChannelPromotions} from the brand's promotions. */
@Component
class PromotionCalendar implements ChannelPromotions {

    private final Promotions promotions;

    PromotionCalendar(Promotions promotions) {
        this.promotions = promotions;
    }

    @Override
    public List<PromotionTerms> notEnded(UUID brandId, OrderChannel channel, UUID storeId, Instant at) {
        return promotions.notEnded(brandId, at).stream()
                .filter(p -> p.channels().isEmpty() || p.channels().contains(channel))
                .filter(p -> p.storeIds().isEmpty() || p.storeIds().contains(storeId))
                .map(PromotionCalendar::terms).toList();
    }

    private static PromotionTerms terms(Promotion p) {
        return new PromotionTerms(p.id(), p.name(), p.kind().name(),
                p.tiers().stream().map(t -> new ChannelPromotions.Tier(t.threshold(), t.off())).toList(),
                p.percentOff(), p.buy(), p.get(), p.skuIds(), p.categoryIds(), p.startsAt(), p.endsAt(),
                p.priority(), p.exclusive());
    }
}
