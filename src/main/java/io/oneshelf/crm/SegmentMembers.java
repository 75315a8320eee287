package io.oneshelf.crm;

import java.util.List;
import java.util.UUID;

/**
 * The customers of a brand in an RFM segment as the latest run named it (coupons to a segment), a page at a time in
 * id order. A customer whose paid orders moved away (merged into another) is left out even before the next run.
 */
public interface SegmentMembers {

    /** At most {@code limit} customers of {@code segment} with ids after {@code after} (the nil id: from the first). */
    List<UUID> members(UUID brandId, RfmSegment segment, UUID after, int limit);

    /** How many customers the segment has now. */
    long count(UUID brandId, RfmSegment segment);
}
