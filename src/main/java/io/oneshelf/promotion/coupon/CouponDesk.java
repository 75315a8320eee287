package io.oneshelf.promotion.coupon;

import io.oneshelf.member.Customers;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.promotion.CouponIssued;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupon templates kept and coupons issued: a template is checked (the figures its kind needs, one way of being
 * valid), a coupon is issued only while its template is active and not over, within its total limit (counted by a
 * conditional update, see {@link CouponBook#takeOne}) and the member's limit (counted after that update, which makes
 * claims of one template take their turn), each told as {@link CouponIssued}.
 */
@Service
class CouponDesk {

    /** Who makes a change: for the audit log. */
    record By(UUID brandId, UUID actorId, String actorName) {
    }

    private final CouponBook book;
    private final TemplateForm form;
    private final Customers customers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CouponDesk(CouponBook book, TemplateForm form, Customers customers, AuditLog audit,
               ApplicationEventPublisher events) {
        this.book = book;
        this.form = form;
        this.customers = customers;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    CouponTemplate create(By by, CouponViews.Edit body) {
        CouponTemplate t = form.read(by.brandId(), Ids.next(), body, 1, 0, now());
        book.insert(by.brandId(), t);
        CouponTemplate saved = book.template(by.brandId(), t.id()).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), "coupon-template.create", "coupon_template",
                saved.id(), null, saved);
        return saved;
    }

    @Transactional
    CouponTemplate update(By by, UUID id, CouponViews.Edit body) {
        CouponTemplate before = book.template(by.brandId(), id)
                .orElseThrow(() -> Rejection.notFound("coupon-template"));
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        CouponTemplate changed = form.read(by.brandId(), id, body, body.version(), before.issued(),
                before.createdAt());
        if (changed.totalLimit() != null && changed.totalLimit() < before.issued()) {
            throw Rejection.invalid("totalLimit", "promotion.coupon.limit-below-issued", before.issued());
        }
        if (before.version() != body.version() || !book.update(by.brandId(), changed, body.version())) {
            throw Rejection.staleVersion();
        }
        CouponTemplate after = book.template(by.brandId(), id).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), "coupon-template.update", "coupon_template", id,
                before, after);
        return after;
    }

    /** A customer claims a coupon of a claimable template in the shop. */
    @Transactional
    Coupon claim(UUID brandId, UUID templateId, UUID customerId) {
        CouponTemplate t = book.template(brandId, templateId).filter(CouponTemplate::claimable)
                .orElseThrow(() -> Rejection.notFound("coupon-template"));
        return issue(brandId, t, customerId, "CLAIMED");
    }

    /** Staff issue one coupon of a template to each customer named; all or none. */
    @Transactional
    List<Coupon> issue(By by, UUID templateId, List<UUID> customerIds) {
        CouponTemplate t = book.template(by.brandId(), templateId)
                .orElseThrow(() -> Rejection.notFound("coupon-template"));
        List<Coupon> issued = new ArrayList<>();
        for (int i = 0; i < customerIds.size(); i++) {
            UUID customer = customerIds.get(i);
            if (customers.find(by.brandId(), customer).isEmpty()) {
                throw Rejection.invalid("customerIds[" + i + "]", "promotion.coupon.customer-unknown");
            }
            issued.add(issue(by.brandId(), t, customer, "ISSUED"));
        }
        audit.record(by.brandId(), by.actorId(), by.actorName(), "coupon.issue", "coupon_template", templateId,
                null, issued.stream().map(Coupon::id).toList());
        return issued;
    }

    private Coupon issue(UUID brandId, CouponTemplate t, UUID customerId, String source) {
        OffsetDateTime now = now();
        if (!t.issuableAt(now)) {
            throw Rejection.conflict("templateId", "promotion.coupon.not-issuable");
        }
        if (!book.takeOne(brandId, t.id())) {
            throw Rejection.conflict("templateId", "promotion.coupon.sold-out");
        }
        if (book.held(brandId, t.id(), customerId) >= t.perMember()) {
            throw Rejection.conflict("templateId", "promotion.coupon.member-limit", t.perMember());
        }
        return record(brandId, t, customerId, source, now);
    }

    /** Records a coupon of {@code t} for the customer (limits counted by the caller) and tells it. */
    Coupon record(UUID brandId, CouponTemplate t, UUID customerId, String source, OffsetDateTime now) {
        OffsetDateTime[] valid = t.validity(now);
        Coupon c;
        do {
            c = new Coupon(Ids.next(), CouponCodes.draw(), t.id(), customerId, "AVAILABLE", source, valid[0],
                    valid[1], null, now, null);
        } while (!book.insert(brandId, c));
        events.publishEvent(new CouponIssued(brandId, c.id(), t.id(), t.name(), customerId, source, valid[0],
                valid[1]));
        return c;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
