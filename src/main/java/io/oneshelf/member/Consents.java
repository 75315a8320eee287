package io.oneshelf.member;

import java.util.UUID;

/**
 * The customers' consent (PIPL), for modules that contact them: whether a customer's latest answer for a purpose
 * ({@code MARKETING}, {@code PROFILING}) on a channel ({@code SMS}, {@code WECHAT}, {@code EMAIL}, {@code APP}) is a
 * grant. Consent is opt-in: a customer never asked has not granted it.
 */
public interface Consents {

    /** False too for a purpose or channel the member module does not know, and for another brand's customer. */
    boolean granted(UUID brandId, UUID customerId, String purpose, String channel);
}
