package io.oneshelf.platform.web;

import java.util.Locale;
import java.util.UUID;

/** The language a brand's staff read when their request names none (the {@code tenant.default_language}). */
public interface BrandLanguage {

    Locale of(UUID tenantId);
}
