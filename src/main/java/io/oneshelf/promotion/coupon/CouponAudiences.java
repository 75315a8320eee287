package io.oneshelf.promotion.coupon;

import io.oneshelf.crm.RfmSegment;
import io.oneshelf.crm.SegmentMembers;
import io.oneshelf.member.TaggedCustomers;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The customers coupons go to when staff issue to an RFM segment ({@code crm}) or a tag ({@code member}). */
@Component
class CouponAudiences {

    /** An RFM segment or a customer tag. */
    record Audience(RfmSegment segment, String tag) {

        String kind() {
            return segment != null ? "SEGMENT" : "TAG";
        }

        String name() {
            return segment != null ? segment.name() : tag;
        }
    }

    private final SegmentMembers segments;
    private final TaggedCustomers tagged;

    CouponAudiences(SegmentMembers segments, TaggedCustomers tagged) {
        this.segments = segments;
        this.tagged = tagged;
    }

    /** At most {@code limit} customers of the audience after {@code after}, in id order. */
    List<UUID> page(UUID brandId, Audience audience, UUID after, int limit) {
        return audience.segment() != null ? segments.members(brandId, audience.segment(), after, limit)
                : tagged.tagged(brandId, audience.tag(), after, limit);
    }
}
