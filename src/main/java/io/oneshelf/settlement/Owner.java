package io.oneshelf.settlement;

import java.util.UUID;

/**
 * Who owns stock or an order: the brand itself ({@code id} is the brand's id) or one of its franchisees.
 */
public record Owner(Kind kind, UUID id) {

    public enum Kind { BRAND, FRANCHISEE }

    public static Owner brand(UUID brandId) {
        return new Owner(Kind.BRAND, brandId);
    }

    /** The franchisee, or the brand when {@code franchiseeId} is null (the brand runs the place). */
    public static Owner of(UUID brandId, UUID franchiseeId) {
        return franchiseeId == null ? brand(brandId) : new Owner(Kind.FRANCHISEE, franchiseeId);
    }
}
