package io.oneshelf.promotion.coupon;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.promotion.CouponsIssuedToAudience;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a template to every customer of an RFM segment or tag, within its limits: the template's row is locked for
 * the run (claims wait), a customer holding as many as one may is skipped (MEMBER_LIMIT), and once the total limit
 * is reached the rest are skipped (SOLD_OUT) — never beyond it. The audience is read and issued in pages of
 * {@value #BATCH} customers (one query for their holdings, the count added once per page), all in the request's
 * transaction, so a retry with the same Idempotency-Key answers the first run and a failed run keeps nothing.
 */
@Service
class AudienceIssuing {

    static final int BATCH = 500;
    private static final UUID FIRST = new UUID(0, 0);

    /** How many customers the audience had, how many got a coupon, how many were skipped and why. */
    record Outcome(int customers, int issued, Map<String, Integer> skipped) {
    }

    private final CouponBook book;
    private final CouponDesk desk;
    private final CouponAudiences audiences;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AudienceIssuing(CouponBook book, CouponDesk desk, CouponAudiences audiences, AuditLog audit,
                    ApplicationEventPublisher events) {
        this.book = book;
        this.desk = desk;
        this.audiences = audiences;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    Outcome issue(CouponDesk.By by, UUID templateId, CouponAudiences.Audience audience) {
        CouponTemplate t = book.lockTemplate(by.brandId(), templateId)
                .orElseThrow(() -> Rejection.notFound("coupon-template"));
        OffsetDateTime now = CouponDesk.now();
        if (!t.issuableAt(now)) {
            throw Rejection.conflict("templateId", "promotion.coupon.not-issuable");
        }
        long room = t.totalLimit() == null ? Long.MAX_VALUE : t.totalLimit() - t.issued();
        int customers = 0;
        int issued = 0;
        Map<String, Integer> skipped = new LinkedHashMap<>();
        UUID after = FIRST;
        for (List<UUID> page; !(page = audiences.page(by.brandId(), audience, after, BATCH)).isEmpty(); ) {
            Map<UUID, Integer> held = book.held(by.brandId(), t.id(), page);
            int inPage = 0;
            for (UUID customer : page) {
                if (held.getOrDefault(customer, 0) >= t.perMember()) {
                    skipped.merge("MEMBER_LIMIT", 1, Integer::sum);
                } else if (issued + inPage >= room) {
                    skipped.merge("SOLD_OUT", 1, Integer::sum);
                } else {
                    desk.record(by.brandId(), t, customer, "ISSUED", now);
                    inPage++;
                }
            }
            book.countIssued(by.brandId(), t.id(), inPage);
            issued += inPage;
            customers += page.size();
            after = page.get(page.size() - 1);
        }
        Outcome outcome = new Outcome(customers, issued, skipped);
        audit.record(by.brandId(), by.actorId(), by.actorName(), "coupon.issue-audience", "coupon_template",
                templateId, null, Map.of("audience", audience, "outcome", outcome));
        events.publishEvent(new CouponsIssuedToAudience(by.brandId(), templateId, audience.kind(), audience.name(),
                customers, issued, skipped));
        return outcome;
    }
}
