package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A guide published content (導購種草): a post or a product share ({@code kind} {@code POST}, {@code PRODUCT}) of
 * {@code skuIds}, opened by its tracked link's {@code code}.
 */
@EventType("guide.content.published")
public record GuideContentPublished(UUID brandId, UUID shareId, String code, UUID guideId, UUID storeId, String kind,
                                    String title, List<UUID> skuIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return shareId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}
