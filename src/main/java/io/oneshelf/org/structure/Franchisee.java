package io.oneshelf.org.structure;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A business that runs franchised stores of the brand and owns their stock. */
record Franchisee(UUID id, String code, String name, String contactName, String contactPhone,
                  OffsetDateTime createdAt) {
}
