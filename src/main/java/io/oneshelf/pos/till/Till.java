package io.oneshelf.pos.till;

import java.util.UUID;

/** A till (收銀機) of one store: its code is unique in the store; an inactive till sells nothing. */
record Till(UUID id, UUID brandId, UUID storeId, String code, String name, boolean active, int version) {
}
