package io.oneshelf.loyalty;

import java.util.UUID;

/**
 * Who owns stored value, or a place where it is spent: the brand ({@code id} is the brand's id) or one of its
 * franchisees. The owner of a top-up is the owner of the store that took it (the brand online).
 */
public record ValueOwner(Kind kind, UUID id) {

    public enum Kind { BRAND, FRANCHISEE }

    public static ValueOwner brand(UUID brandId) {
        return new ValueOwner(Kind.BRAND, brandId);
    }

    /** The franchisee, or the brand when {@code franchiseeId} is null (the brand runs the place). */
    public static ValueOwner of(UUID brandId, UUID franchiseeId) {
        return franchiseeId == null ? brand(brandId) : new ValueOwner(Kind.FRANCHISEE, franchiseeId);
    }
}
