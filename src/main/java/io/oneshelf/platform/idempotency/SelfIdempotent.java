package io.oneshelf.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An endpoint that claims and completes its Idempotency-Keys itself, through {@link IdempotencyKeys}, in
 * transactions of its own (e.g. many requests committed together). {@link IdempotencyFilter} still insists on
 * the key and hashes the request, but opens no transaction around it; the claim is {@link
 * IdempotencyClaim#of(HttpServletRequest)}.
 */
public interface SelfIdempotent {

    boolean handles(HttpServletRequest request);
}
