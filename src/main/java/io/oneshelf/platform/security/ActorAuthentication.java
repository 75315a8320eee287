package io.oneshelf.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A verified caller; its authorities are the permission codes of the actor's role. */
class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;

    ActorAuthentication(Actor actor) {
        super(actor.role().permissions().stream().map(p -> new SimpleGrantedAuthority(p.code())).toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.id().toString();
    }

    static List<String> codes(Actor actor) {
        return actor.role().permissions().stream().map(Permission::code).toList();
    }
}
