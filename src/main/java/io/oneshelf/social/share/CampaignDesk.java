package io.oneshelf.social.share;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * How a campaign of one SKU (a group buy, a bargain campaign) is created, changed, activated and deactivated, in the
 * caller's transaction, audited as {@code <kind>.create} and so on. A change needs the version read, locks the
 * campaign first (its sold count cannot move while the new allocation is checked) and never changes its SKU. What a
 * campaign's fields must satisfy is the caller's {@link Draft} to check.
 *
 * @param <C> the campaign
 */
public final class CampaignDesk<C extends CampaignDesk.Campaign> {

    /** What the desk reads of a campaign. */
    public interface Campaign {
        UUID id();

        UUID skuId();

        int sold();

        int version();

        OffsetDateTime createdAt();
    }

    /** The campaigns' table. */
    public interface Store<C> {
        Optional<C> find(UUID brandId, UUID id);

        Optional<C> lock(UUID brandId, UUID id);

        void insert(UUID brandId, C campaign);

        /** Saves the change if the campaign is still at {@code version}. */
        boolean update(UUID brandId, C campaign, int version);

        /** False when it was so already. */
        boolean activate(UUID brandId, UUID id, boolean active);
    }

    /** The campaign the caller's body makes with these, checked (refused naming the field at fault). */
    @FunctionalInterface
    public interface Draft<C> {
        C of(UUID id, UUID skuId, int sold, int version, OffsetDateTime createdAt);
    }

    /** Who makes a change: for the audit log. */
    public record By(UUID brandId, UUID actorId, String actorName) {
    }

    private final String kind;
    private final String table;
    private final Store<C> store;
    private final AuditLog audit;

    /** {@code kind} names the campaign in refusals and audit actions ({@code group-buy}), {@code table} its rows. */
    public CampaignDesk(String kind, String table, Store<C> store, AuditLog audit) {
        this.kind = kind;
        this.table = table;
        this.store = store;
        this.audit = audit;
    }

    public C create(By by, UUID skuId, Draft<C> draft) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        C made = draft.of(Ids.next(), skuId, 0, 1, now);
        store.insert(by.brandId(), made);
        C saved = store.find(by.brandId(), made.id()).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), kind + ".create", table, saved.id(), null, saved);
        return saved;
    }

    public C update(By by, UUID id, UUID skuId, Integer version, Draft<C> draft) {
        if (version == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        C before = store.lock(by.brandId(), id).orElseThrow(() -> Rejection.notFound(kind));
        if (!before.skuId().equals(skuId)) {
            throw Rejection.invalid("skuId", "social.campaign.sku-fixed");
        }
        C changed = draft.of(id, before.skuId(), before.sold(), version, before.createdAt());
        if (before.version() != version || !store.update(by.brandId(), changed, version)) {
            throw Rejection.staleVersion();
        }
        C after = store.find(by.brandId(), id).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), kind + ".update", table, id, before, after);
        return after;
    }

    public C activate(By by, UUID id, boolean active) {
        C before = store.find(by.brandId(), id).orElseThrow(() -> Rejection.notFound(kind));
        if (!store.activate(by.brandId(), id, active)) {
            return before;
        }
        C after = store.find(by.brandId(), id).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), kind + (active ? ".activate" : ".deactivate"),
                table, id, before, after);
        return after;
    }
}
