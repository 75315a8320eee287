package io.oneshelf.org.brand;

import io.oneshelf.platform.web.BrandLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each brand's default language ({@code tenant.default_language}). Asked only when an error is written for a
 * caller who named no language, and remembered for a minute so that a burst of refusals costs one query. A change
 * made on this instance is forgotten at once ({@link #forget}); other instances read it when their minute is up.
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

    /**
     * Drops what this instance remembers of the brand's language once the running transaction commits (at once
     * when none runs): forgotten any earlier, a concurrent error answer could load the old value again and keep it
     * for another minute.
     */
    void forget(UUID tenantId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            known.remove(tenantId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                known.remove(tenantId);
            }
        });
    }

    private Locale load(UUID tenantId) {
        return jdbc.sql("select default_language from tenant where id = :id").param("id", tenantId)
                .query(String.class).optional().map(Locale::forLanguageTag).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
