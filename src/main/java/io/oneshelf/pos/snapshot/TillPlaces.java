package io.oneshelf.pos.snapshot;

import java.util.Optional;
import java.util.UUID;

/**
 * The store a till belongs to: all the device cache needs to know of tills. The till register
 * ({@code pos.till.Tills}) answers it.
 */
public interface TillPlaces {

    /** The store of the brand's till {@code tillId}; empty when the brand has no such till. */
    Optional<UUID> storeOf(UUID brandId, UUID tillId);
}
