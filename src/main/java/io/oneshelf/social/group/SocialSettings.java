package io.oneshelf.social.group;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brand's social settings ({@code social_settings}): whether groups out of time are completed virtually. */
@Repository
class SocialSettings {

    record Settings(boolean virtualMembers, int version) {
    }

    private final JdbcClient jdbc;

    SocialSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The brand's settings, or the defaults (no virtual members) when it never set them. */
    Settings of(UUID brandId) {
        return jdbc.sql("select virtual_members, version from social_settings where tenant_id = :tenant")
                .param("tenant", brandId)
                .query((rs, n) -> new Settings(rs.getBoolean("virtual_members"), rs.getInt("version"))).optional()
                .orElse(new Settings(false, 0));
    }

    /** Saves them if nobody changed them since {@code version} (0 for never set); false otherwise. */
    boolean save(UUID brandId, boolean virtualMembers, int version) {
        return jdbc.sql("""
                        insert into social_settings(tenant_id, virtual_members, version) values (:tenant, :virtual, 1)
                        on conflict (tenant_id) do update set virtual_members = :virtual,
                            version = social_settings.version + 1
                        where social_settings.version = :version""")
                .param("tenant", brandId).param("virtual", virtualMembers).param("version", version).update() == 1
               && (version > 0 || of(brandId).version() == 1);
    }
}
