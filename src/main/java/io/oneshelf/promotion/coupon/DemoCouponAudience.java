package io.oneshelf.promotion.coupon;

import io.oneshelf.crm.RfmSegment;
import io.oneshelf.crm.SegmentMembers;
import io.oneshelf.org.Brands;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Issues a 回馈券 (¥10 off from ¥80, 14 days) to the demo brand's largest RFM segment after the demo RFM run (order
 * 10), through {@link AudienceIssuing} like the console's dialog; does nothing when the template exists already.
 */
@Component
@Order(10)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoCouponAudience implements ApplicationRunner {

    static final String NAME = "老客回馈券";
    private static final Logger log = LoggerFactory.getLogger(DemoCouponAudience.class);

    private final Brands brands;
    private final CouponBook book;
    private final CouponDesk desk;
    private final AudienceIssuing issuing;
    private final SegmentMembers segments;

    DemoCouponAudience(Brands brands, CouponBook book, CouponDesk desk, AudienceIssuing issuing,
                       SegmentMembers segments) {
        this.brands = brands;
        this.book = book;
        this.desk = desk;
        this.issuing = issuing;
        this.segments = segments;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID brand = brands.idOf(Brands.DEMO).orElse(null);
        if (brand == null || book.templates(brand, new UUID(0, 0), 1000, false).stream()
                .anyMatch(t -> t.name().equals(NAME))) {
            return;
        }
        RfmSegment largest = Arrays.stream(RfmSegment.values())
                .max(Comparator.comparingLong(s -> segments.count(brand, s))).orElseThrow();
        CouponDesk.By by = new CouponDesk.By(brand, null, "demo");
        CouponTemplate t = desk.create(by, new CouponViews.Edit(NAME, CouponKind.AMOUNT_OFF, 1000L, null, null, null,
                null, true, 8000L, null, null, 14, 1, 1000, Set.of(), Set.of(), false, true, true, null));
        AudienceIssuing.Outcome o = issuing.issue(by, t.id(), new CouponAudiences.Audience(largest, null));
        log.info("Demo coupon {} issued to segment {}: {} of {} customers", NAME, largest, o.issued(),
                o.customers());
    }
}
