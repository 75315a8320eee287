package io.oneshelf.guide.content;

import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A guide's content (導購種草): a post (text, pictures, one or more products) or a product share (one product), opened
 * by its tracked link's {@code code}. Published when made; archived, its link no longer opens (what it brought stays
 * counted). Only a published share may be edited or archived.
 */
public record Share(UUID id, String code, UUID guideId, UUID storeId, Kind kind, String title, String body,
                    List<String> pictures, List<UUID> skuIds, Status status, int version, OffsetDateTime createdAt,
                    OffsetDateTime updatedAt) {

    public Share {
        pictures = List.copyOf(pictures);
        skuIds = List.copyOf(skuIds);
    }

    /** A post of text and pictures with products, or a share of one product. */
    public enum Kind { POST, PRODUCT }

    public enum Status { PUBLISHED, ARCHIVED }

    /** What a guide writes: the same for a new share and an edit. */
    record Content(Kind kind, String title, String body, List<String> pictures, List<UUID> skuIds) {
    }

    boolean published() {
        return status == Status.PUBLISHED;
    }

    /** Refuses a change of an archived share: its link is gone, its figures stay as they were. */
    void checkChangeable() {
        if (!published()) {
            throw Rejection.conflict("status", "guide.share.archived");
        }
    }
}
