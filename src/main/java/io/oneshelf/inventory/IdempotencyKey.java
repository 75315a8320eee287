package io.oneshelf.inventory;

import java.util.UUID;

/**
 * A caller's idempotency key as a plain value: the key itself, whose it is, and a fingerprint of what was asked
 * with it, so that a retry can be told from another command reusing the key. An HTTP caller's
 * {@code Idempotency-Key} becomes one of these; in-process callers rarely need one, a hold's reference already
 * makes it idempotent.
 */
public record IdempotencyKey(UUID brandId, UUID callerId, String key, String fingerprint) {
}
