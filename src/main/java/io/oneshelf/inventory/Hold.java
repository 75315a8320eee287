package io.oneshelf.inventory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Stock held for one sale (an order, a basket at the till), named by the caller's {@code reference}, at one or
 * several stores and warehouses until it is confirmed, released or expires.
 */
public record Hold(UUID id, UUID brandId, String reference, HoldStatus status, OffsetDateTime expiresAt,
                   HoldLines lines, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
