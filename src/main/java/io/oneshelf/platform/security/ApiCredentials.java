package io.oneshelf.platform.security;

import java.util.Optional;

/**
 * Looks up integration clients by key id for signed-request verification. Implemented by the module that
 * owns API clients, so the platform does not depend on it.
 */
public interface ApiCredentials {

    Optional<ApiCredential> findActive(String keyId);

    /** Records a nonce; false when the same key already used it within the tolerance window (a replay). */
    boolean firstUseOfNonce(ApiCredential credential, String nonce);

    /** A client's shared secret and the actor it acts as. */
    record ApiCredential(String keyId, byte[] secret, Actor actor) {
    }
}
