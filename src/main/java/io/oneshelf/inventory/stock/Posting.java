package io.oneshelf.inventory.stock;

import io.oneshelf.platform.security.Actor;
import java.util.Comparator;
import java.util.UUID;

/**
 * One change of stock at one SKU x location, to be applied to its balance and recorded in the ledger together.
 *
 * @param actorId {@code null} for the system (e.g. the expiry job)
 */
public record Posting(UUID tenantId, UUID skuId, UUID locationId, MovementKind kind, long onHandDelta,
                      long reservedDelta, UUID actorId, String actorName, String reason, String reference,
                      UUID reservationId, UUID correctsId) {

    /**
     * The one order in which every transaction locks balance rows, so that two transactions touching the same
     * rows never wait on each other in a circle.
     */
    public static final Comparator<Posting> LOCK_ORDER =
            Comparator.comparing(Posting::skuId, Posting::compareLikePostgres)
                    .thenComparing(Posting::locationId, Posting::compareLikePostgres);

    /**
     * PostgreSQL orders uuids byte by byte, unsigned; {@link UUID#compareTo} compares signed halves. Batches lock
     * with SQL's {@code order by}, single postings in Java: both must agree.
     */
    public static int compareLikePostgres(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** The balance this posting changes. */
    public BalanceKey balance() {
        return new BalanceKey(tenantId, skuId, locationId);
    }

    public static final String SYSTEM = "system";

    public static Posting receipt(Actor actor, UUID sku, UUID location, long quantity, String reference) {
        return new Posting(actor.tenantId(), sku, location, MovementKind.RECEIPT, quantity, 0, actor.id(),
                actor.name(), null, reference, null, null);
    }

    /** Stock a brand already holds when it starts using OneShelf, recorded by the system. */
    public static Posting openingReceipt(UUID tenant, UUID sku, UUID location, long quantity, String reference) {
        return new Posting(tenant, sku, location, MovementKind.RECEIPT, quantity, 0, null, SYSTEM, null, reference,
                null, null);
    }

    public static Posting adjustment(Actor actor, UUID sku, UUID location, long delta, String reason,
                                     UUID correctsId) {
        return new Posting(actor.tenantId(), sku, location, MovementKind.ADJUSTMENT, delta, 0, actor.id(),
                actor.name(), reason, null, null, correctsId);
    }

    /** A difference found by a stocktake, signed; {@code reference} names the stocktake. */
    public static Posting stocktake(Actor actor, UUID sku, UUID location, long delta, String reference) {
        return new Posting(actor.tenantId(), sku, location, MovementKind.STOCKTAKE, delta, 0, actor.id(),
                actor.name(), "stocktake", reference, null, null);
    }

    /** Holds stock: reserved grows, on hand stays. */
    public static Posting reserve(UUID tenant, UUID actorId, String actorName, UUID sku, UUID location,
                                  long quantity, String reference, UUID reservationId) {
        return new Posting(tenant, sku, location, MovementKind.RESERVE, 0, quantity, actorId, actorName, null,
                reference, reservationId, null);
    }

    /** Held stock leaves the shop: on hand and reserved both shrink. */
    public static Posting sale(UUID tenant, UUID actorId, String actorName, UUID sku, UUID location,
                               long quantity, String reference, UUID reservationId) {
        return new Posting(tenant, sku, location, MovementKind.SALE, -quantity, -quantity, actorId, actorName,
                null, reference, reservationId, null);
    }

    /** Held stock becomes available again. */
    public static Posting release(UUID tenant, UUID actorId, String actorName, UUID sku, UUID location,
                                  long quantity, String reason, String reference, UUID reservationId) {
        return new Posting(tenant, sku, location, MovementKind.RELEASE, 0, -quantity, actorId, actorName, reason,
                reference, reservationId, null);
    }

    /** Stock leaves its place for another: on hand shrinks at the source; it is in transit until received. */
    public static Posting transferOut(Actor actor, UUID sku, UUID source, long quantity, String reference) {
        return new Posting(actor.tenantId(), sku, source, MovementKind.TRANSFER_OUT, -quantity, 0, actor.id(),
                actor.name(), null, reference, null, null);
    }

    /** Transferred stock arrives: on hand grows at the destination. */
    public static Posting transferIn(Actor actor, UUID sku, UUID destination, long quantity, String reference) {
        return new Posting(actor.tenantId(), sku, destination, MovementKind.TRANSFER_IN, quantity, 0, actor.id(),
                actor.name(), null, reference, null, null);
    }
}
