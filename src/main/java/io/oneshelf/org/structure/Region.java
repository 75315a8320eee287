package io.oneshelf.org.structure;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A geographic grouping of stores, managed by a region manager. */
record Region(UUID id, String code, String name, OffsetDateTime createdAt) {
}
