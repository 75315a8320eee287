package io.oneshelf.org.staff;

import io.oneshelf.org.Scopes;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the signed-in caller's token does not carry: their login, their scope's name and their brand. */
@Component
class CallerProfiles {

    /** The caller's login (a key id for an API client), scope name and brand. */
    record Profile(String login, String scopeName, String tenantName, String currency, String timeZone) {
    }

    private final JdbcClient jdbc;

    CallerProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Profile of(Actor actor) {
        return find(actor).orElseThrow(() -> Rejection.notFound("account"));
    }

    private Optional<Profile> find(Actor actor) {
        String table = actor.kind() == Actor.Kind.STAFF ? "staff" : "api_client";
        String login = actor.kind() == Actor.Kind.STAFF ? "x.login" : "x.key_id";
        return jdbc.sql("select " + login + " as login, " + Scopes.SCOPE_NAME + """
                 as scope_name, t.name as tenant_name, t.currency, t.time_zone
                from %s x join tenant t on t.id = x.tenant_id
                where x.tenant_id = :tenant and x.id = :id""".formatted(table))
                .param("tenant", actor.tenantId()).param("id", actor.id())
                .query((rs, n) -> new Profile(rs.getString("login"), rs.getString("scope_name"),
                        rs.getString("tenant_name"), rs.getString("currency"), rs.getString("time_zone")))
                .optional();
    }
}
