package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A guide's post or product share was archived: its link no longer opens, what it brought stays counted. */
@EventType("guide.content.archived")
public record GuideContentArchived(UUID brandId, UUID shareId, String code, UUID guideId, UUID storeId)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return shareId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}
