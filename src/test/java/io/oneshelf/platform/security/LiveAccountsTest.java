package io.oneshelf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.security.StaffDirectory.CurrentAccount;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveAccountsTest {

    private static final long MAX_AGE = Duration.ofSeconds(5).toNanos();
    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID STAFF = UUID.randomUUID();

    private final Map<UUID, CurrentAccount> database = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private Runnable duringRead = () -> { };
    private long now = 1_000;

    private final StaffDirectory directory = id -> {
        reads.incrementAndGet();
        Optional<CurrentAccount> found = Optional.ofNullable(database.get(id));
        duringRead.run();
        return found;
    };
    private final LiveAccounts accounts = new LiveAccounts(directory, MAX_AGE, () -> now, 100);

    private void save(Role role, long accessVersion) {
        database.put(STAFF, new CurrentAccount(new Actor(Actor.Kind.STAFF, STAFF, TENANT, "Li", role,
                ScopeType.STORE, UUID.randomUUID()), accessVersion));
    }

    @Test
    void an_account_is_read_once_and_then_remembered_until_it_is_too_old() {
        save(Role.CASHIER, 0);

        accounts.actorFor(TENANT, STAFF, 0);
        accounts.actorFor(TENANT, STAFF, 0);
        now += MAX_AGE - 1;
        accounts.actorFor(TENANT, STAFF, 0);
        assertThat(reads).hasValue(1);

        now += 1;
        accounts.actorFor(TENANT, STAFF, 0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_forgotten_account_is_read_again_and_acts_with_its_new_role() {
        save(Role.STORE_MANAGER, 0);
        accounts.actorFor(TENANT, STAFF, 0);

        save(Role.CASHIER, 0);
        accounts.forget(STAFF);

        assertThat(accounts.actorFor(TENANT, STAFF, 0)).map(Actor::role).contains(Role.CASHIER);
    }

    @Test
    void a_disabled_account_another_access_version_or_another_tenant_is_refused_and_refusals_are_remembered() {
        save(Role.CASHIER, 1);

        assertThat(accounts.actorFor(TENANT, STAFF, 0)).isEmpty();
        assertThat(accounts.actorFor(UUID.randomUUID(), STAFF, 1)).isEmpty();
        assertThat(accounts.actorFor(TENANT, STAFF, 1)).isPresent();
        database.clear();
        accounts.forget(STAFF);
        assertThat(accounts.actorFor(TENANT, STAFF, 1)).isEmpty();
        assertThat(accounts.actorFor(TENANT, STAFF, 1)).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_read_that_overlapped_a_change_is_used_once_but_not_remembered() {
        save(Role.STORE_MANAGER, 0);
        duringRead = () -> {
            save(Role.CASHIER, 0);
            accounts.forget(STAFF);
        };

        assertThat(accounts.actorFor(TENANT, STAFF, 0)).map(Actor::role).contains(Role.STORE_MANAGER);
        duringRead = () -> { };

        assertThat(accounts.actorFor(TENANT, STAFF, 0)).map(Actor::role).contains(Role.CASHIER);
    }
}
