package io.oneshelf.promotion.rule;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.promotion.PromotionChanged;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes promotions, checked by {@link PromotionRules}, audited, each change told as
 * {@link PromotionChanged} in the same transaction. The API and the demo brand both come this way.
 */
@Service
class PromotionDesk {

    /** Who makes a change: for the audit log. */
    record By(UUID brandId, UUID actorId, String actorName) {
    }

    private final Promotions promotions;
    private final PromotionRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PromotionDesk(Promotions promotions, PromotionRules rules, AuditLog audit, ApplicationEventPublisher events) {
        this.promotions = promotions;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    Promotion create(By by, PromotionViews.Edit body) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Promotion promotion = rules.promotion(by.brandId(), Ids.next(), body, 1, now);
        promotions.insert(by.brandId(), promotion);
        Promotion saved = promotions.find(by.brandId(), promotion.id()).orElseThrow();
        changed(by, "promotion.create", null, saved);
        return saved;
    }

    @Transactional
    Promotion update(By by, UUID id, PromotionViews.Edit body) {
        Promotion before = promotions.find(by.brandId(), id).orElseThrow(() -> Rejection.notFound("promotion"));
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        Promotion changed = rules.promotion(by.brandId(), id, body, body.version(), before.createdAt());
        if (before.version() != body.version() || !promotions.update(by.brandId(), changed, body.version())) {
            throw Rejection.staleVersion();
        }
        Promotion after = promotions.find(by.brandId(), id).orElseThrow();
        changed(by, "promotion.update", before, after);
        return after;
    }

    private void changed(By by, String action, Promotion before, Promotion after) {
        audit.record(by.brandId(), by.actorId(), by.actorName(), action, "promotion", after.id(), before, after);
        events.publishEvent(new PromotionChanged(by.brandId(), after.id(), after.version(), after.kind().name(),
                after.name(), after.startsAt(), after.endsAt(), after.active()));
    }
}
