package io.oneshelf.org.brand;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the caller's brand and changes its settings, auditing each change. */
@Service
class BrandService {

    private final JdbcClient jdbc;
    private final BrandLanguages languages;
    private final AuditLog audit;

    BrandService(JdbcClient jdbc, BrandLanguages languages, AuditLog audit) {
        this.jdbc = jdbc;
        this.languages = languages;
        this.audit = audit;
    }

    /** The caller's own brand: every caller belongs to exactly one. */
    Brand get(Actor actor) {
        return read(actor, false);
    }

    /** The brand row, locked when a change follows, so that the audit shows what the change replaced. */
    private Brand read(Actor actor, boolean forUpdate) {
        return jdbc.sql("""
                        select id, code, name, currency, time_zone, default_language
                        from tenant where id = :tenant""" + (forUpdate ? " for update" : ""))
                .param("tenant", actor.tenantId())
                .query((rs, n) -> new Brand(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getString("currency"), rs.getString("time_zone"),
                        rs.getString("default_language")))
                .single();
    }

    /**
     * Sets the language of server messages for the brand's callers who name none; setting the language it already
     * has changes and records nothing. Brand settings belong to the whole brand, so only a brand-wide account
     * changes them, whatever its permissions say.
     */
    @Transactional
    Brand setDefaultLanguage(Actor actor, String language) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("org.brand.brand-wide-only");
        }
        Brand before = read(actor, true);
        if (before.defaultLanguage().equals(language)) {
            return before;
        }
        jdbc.sql("update tenant set default_language = :language where id = :tenant")
                .param("language", language).param("tenant", actor.tenantId()).update();
        languages.forget(actor.tenantId());
        Brand after = get(actor);
        audit.record(actor, "brand.default-language-set", "tenant", actor.tenantId(), before, after);
        return after;
    }
}
