package io.oneshelf.distribution.commission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A commission rule above the levels' own rates: the lines of a SKU (scope {@code SKU}) or of a category or any
 * category below it ({@code CATEGORY}) earn {@code firstBp} for the referrer and {@code secondBp} for the
 * referrer's inviter, for distributors of {@code level} only or of any level (null).
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributionRule")
public record Rule(UUID id, Scope scope, UUID targetId, Integer level, int firstBp, int secondBp,
                   OffsetDateTime createdAt) {

    public enum Scope { SKU, CATEGORY }
}
