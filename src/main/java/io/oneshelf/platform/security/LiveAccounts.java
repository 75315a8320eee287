package io.oneshelf.platform.security;

import io.oneshelf.platform.security.StaffDirectory.CurrentAccount;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Staff accounts as they are now, remembered for a few seconds, so that every request acts with its account's
 * current role, scope and enabled flag for the price of a map look-up (a query per request would cost the hot
 * paths a round trip to the database). A change is forgotten at once on the instance that made it (after its
 * commit) and on the others when its notification arrives ({@link AccountChangeListener}); the time limit
 * covers a notification lost with a broken connection.
 */
final class LiveAccounts {

    private final StaffDirectory directory;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private final int capacity;
    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    /** Counts forgets, so that a read racing with a change is not remembered (see {@link #account}). */
    private final AtomicLong forgets = new AtomicLong();

    /** A read of one account: empty when it is disabled or unknown (remembered too, so refusals stay cheap). */
    private record Entry(Optional<CurrentAccount> account, long readAt) {
    }

    LiveAccounts(StaffDirectory directory, long maxAgeNanos, LongSupplier nanoClock, int capacity) {
        this.directory = directory;
        this.maxAgeNanos = maxAgeNanos;
        this.nanoClock = nanoClock;
        this.capacity = capacity;
    }

    /** The actor a token of this account and access version acts as now; empty when it must be refused. */
    Optional<Actor> actorFor(UUID tenantId, UUID staffId, long accessVersion) {
        return account(staffId)
                .filter(a -> a.accessVersion() == accessVersion && a.actor().tenantId().equals(tenantId))
                .map(CurrentAccount::actor);
    }

    void forget(UUID staffId) {
        forgets.incrementAndGet();
        entries.remove(staffId);
    }

    void forgetAll() {
        forgets.incrementAndGet();
        entries.clear();
    }

    /**
     * A read that overlapped a forget may hold the state from before the change: it is used for its own
     * (concurrent) request but not kept, whichever of the two finished first.
     */
    private Optional<CurrentAccount> account(UUID staffId) {
        long now = nanoClock.getAsLong();
        Entry known = entries.get(staffId);
        if (known != null && now - known.readAt() < maxAgeNanos) {
            return known.account();
        }
        long seen = forgets.get();
        Entry fresh = new Entry(directory.findEnabled(staffId), now);
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(staffId, fresh);
        if (forgets.get() != seen) {
            entries.remove(staffId, fresh);
        }
        return fresh.account();
    }
}
