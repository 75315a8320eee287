package io.oneshelf.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff accounts as they are now, for checking every bearer token against its account. Implemented by the
 * module that owns staff, so the platform does not depend on it.
 */
public interface StaffDirectory {

    /** The account, if it exists and is enabled. */
    Optional<CurrentAccount> findEnabled(UUID staffId);

    /**
     * An enabled account: the actor its requests act as (current role, scope and name) and the access version
     * its tokens must carry (raised when the account is signed out everywhere).
     */
    record CurrentAccount(Actor actor, long accessVersion) {
    }
}
