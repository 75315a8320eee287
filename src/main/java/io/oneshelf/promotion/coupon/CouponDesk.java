package io.oneshelf.promotion.coupon;

import io.oneshelf.member.Customers;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
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
    private final Places places;
    private final Customers customers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CouponDesk(CouponBook book, Places places, Customers customers, AuditLog audit,
               ApplicationEventPublisher events) {
        this.book = book;
        this.places = places;
        this.customers = customers;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    CouponTemplate create(By by, CouponViews.Edit body) {
        CouponTemplate t = template(by.brandId(), Ids.next(), body, 1, 0, now());
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
        CouponTemplate changed = template(by.brandId(), id, body, body.version(), before.issued(),
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
        OffsetDateTime[] valid = t.validity(now);
        Coupon c = new Coupon(Ids.next(), t.id(), customerId, "AVAILABLE", source, valid[0], valid[1], null, now,
                null);
        book.insert(brandId, c);
        events.publishEvent(new CouponIssued(brandId, c.id(), t.id(), t.name(), customerId, source, valid[0],
                valid[1]));
        return c;
    }

    private CouponTemplate template(UUID brandId, UUID id, CouponViews.Edit b, int version, int issued,
                                    OffsetDateTime createdAt) {
        switch (b.kind()) {
            case AMOUNT_OFF -> {
                if (b.amountOff() == null) {
                    throw Rejection.invalid("amountOff", "validation.required");
                }
            }
            case PERCENT_OFF -> {
                if (b.percentOff() == null) {
                    throw Rejection.invalid("percentOff", "validation.required");
                }
            }
            case FREE_SHIPPING -> {
            }
        }
        plausible("validFrom", b.validFrom());
        plausible("validTo", b.validTo());
        boolean window = b.validFrom() != null || b.validTo() != null;
        if (window == (b.validDays() != null)) {
            throw Rejection.invalid("validDays", "promotion.coupon.validity-one-way");
        }
        if (window && (b.validFrom() == null || b.validTo() == null || !b.validTo().isAfter(b.validFrom()))) {
            throw Rejection.invalid("validTo", "promotion.ends-before-start");
        }
        if (b.storeIds() != null && !b.storeIds().stream().allMatch(s -> places.find(brandId, s)
                .filter(p -> p.kind() == PlaceRef.Kind.STORE).isPresent())) {
            throw Rejection.invalid("storeIds", "promotion.store.unknown");
        }
        return new CouponTemplate(id, b.name().strip(), b.kind(),
                b.kind() == CouponKind.AMOUNT_OFF ? b.amountOff() : null,
                b.kind() == CouponKind.PERCENT_OFF ? b.percentOff() : null,
                b.kind() == CouponKind.PERCENT_OFF ? b.maxOff() : null, b.threshold() == null ? 0 : b.threshold(),
                b.validFrom(), b.validTo(), b.validDays(), b.perMember(), b.totalLimit(), issued, b.channels(),
                b.storeIds(), b.claimable() == null || b.claimable(), Boolean.TRUE.equals(b.returnOnRefund()),
                b.active() == null || b.active(), version, createdAt, createdAt);
    }

    /** A number read as seconds since 1970 is no date a coupon names. */
    private static void plausible(String field, OffsetDateTime at) {
        if (at != null && (at.getYear() < 2000 || at.getYear() > 2099)) {
            throw Rejection.invalid(field, "promotion.date.out-of-range");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
