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
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issues a 老客回馈券 (¥10 off from ¥80, 14 days) to the demo brand's largest RFM segment, through
 * {@link AudienceIssuing} like the console's dialog. The demo RFM run comes after the demo orders' events, so this
 * waits for it (at most thirty seconds) on a thread of its own once the application is ready; does nothing when the
 * template exists already.
 */
@Component
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoCouponAudience {

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

    @EventListener(ApplicationReadyEvent.class)
    void issueOnceSegmented() {
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) { // e.g. the application stopped meanwhile
                log.warn("Demo coupon {} not issued: {}", NAME, e.toString());
            }
        }, "demo-coupon-audience");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() throws InterruptedException {
        UUID brand = brands.idOf(Brands.DEMO).orElse(null);
        if (brand == null || book.templates(brand, new UUID(0, 0), 1000, false).stream()
                .anyMatch(t -> t.name().equals(NAME))) {
            return;
        }
        for (int i = 0; i < 60 && largest(brand).count() == 0; i++) {
            Thread.sleep(500);
        }
        Sized largest = largest(brand);
        CouponDesk.By by = new CouponDesk.By(brand, null, "demo");
        CouponTemplate t = desk.create(by, new CouponViews.Edit(NAME, CouponKind.AMOUNT_OFF, 1000L, null, null, null,
                null, true, 8000L, null, null, 14, 1, 1000, Set.of(), Set.of(), false, true, true, null));
        AudienceIssuing.Outcome o = issuing.issue(by, t.id(), new CouponAudiences.Audience(largest.segment(), null));
        log.info("Demo coupon {} issued to segment {}: {} of {} customers", NAME, largest.segment(), o.issued(),
                o.customers());
    }

    private record Sized(RfmSegment segment, long count) {
    }

    private Sized largest(UUID brand) {
        return Arrays.stream(RfmSegment.values()).map(s -> new Sized(s, segments.count(brand, s)))
                .max(Comparator.comparingLong(Sized::count)).orElseThrow();
    }
}
