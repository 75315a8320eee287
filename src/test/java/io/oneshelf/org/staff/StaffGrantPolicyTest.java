package io.oneshelf.org.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.org.ScopeRef;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffGrantPolicyTest {

    private static final UUID tenant = UUID.randomUUID();
    private static final UUID store = UUID.randomUUID();

    private static Actor a(Role role, ScopeType scopeType) {
        return new Actor(Actor.Kind.STAFF, UUID.randomUUID(), tenant, "someone", role, scopeType, store);
    }

    private static ScopeRef storeScope() {
        return new ScopeRef(ScopeType.STORE, store, "Store");
    }

    @Test
    void a_store_manager_grants_cashier_and_guide_only() {
        Actor manager = a(Role.STORE_MANAGER, ScopeType.STORE);

        assertThatCode(() -> StaffGrantPolicy.checkGrant(manager, Role.CASHIER, storeScope()))
                .doesNotThrowAnyException();
        assertThatCode(() -> StaffGrantPolicy.checkGrant(manager, Role.GUIDE, storeScope()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StaffGrantPolicy.checkGrant(manager, Role.STORE_MANAGER, storeScope()))
                .isInstanceOf(Rejection.class).hasMessageContaining("org.staff.may-not-grant");
    }

    @Test
    void an_hq_admin_role_needs_the_brand_scope() {
        Actor admin = a(Role.HQ_ADMIN, ScopeType.BRAND);

        assertThatThrownBy(() -> StaffGrantPolicy.checkGrant(admin, Role.HQ_ADMIN, storeScope()))
                .isInstanceOf(Rejection.class).hasMessageContaining("org.role.needs-scope").hasMessageContaining("term.scope-type.brand");
    }

    @Test
    void nobody_changes_their_own_account_or_one_above_them() {
        Actor manager = a(Role.STORE_MANAGER, ScopeType.STORE);
        StaffMember self = new StaffMember(manager.id(), "me", "Me", null, Role.STORE_MANAGER, storeScope(),
                StaffMember.StaffStatus.ACTIVE, 0, null, null);
        StaffMember peer = new StaffMember(UUID.randomUUID(), "peer", "Peer", null, Role.STORE_MANAGER, storeScope(),
                StaffMember.StaffStatus.ACTIVE, 0, null, null);

        assertThatThrownBy(() -> StaffGrantPolicy.checkChange(manager, self)).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> StaffGrantPolicy.checkChange(manager, peer)).isInstanceOf(Rejection.class);
    }
}
