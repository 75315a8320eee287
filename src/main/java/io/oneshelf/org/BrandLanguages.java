package io.oneshelf.org;

import io.oneshelf.platform.web.BrandLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each brand's default language ({@code tenant.default_language}). Asked only when an error is written for a
 * caller who named no language, and remembered for a minute so that a burst of refusals costs one query.
 */
@Component
class BrandLanguages implements BrandLanguage {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private record Known(Locale language, Instant until) {
    }

    private final JdbcClient jdbc;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    BrandLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Locale of(UUID tenantId) {
        Known entry = known.get(tenantId);
        if (entry == null || entry.until().isBefore(Instant.now())) {
            entry = new Known(load(tenantId), Instant.now().plus(KEEP));
            known.put(tenantId, entry);
        }
        return entry.language();
    }

    private Locale load(UUID tenantId) {
        return jdbc.sql("select default_language from tenant where id = :id").param("id", tenantId)
                .query(String.class).optional().map(Locale::forLanguageTag).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
