package io.oneshelf.org.staff;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.StaffCreated;
import io.oneshelf.org.StaffDisabled;
import io.oneshelf.org.StaffEnabled;
import io.oneshelf.org.StaffRoleAssigned;
import io.oneshelf.org.Scopes;
import io.oneshelf.org.staff.StaffMember.StaffStatus;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.AccountChanges;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts and changes their role, scope and status within the caller's authority. */
@Service
class StaffService {

    /** A new staff account; attributes are named as the API's body names them. */
    record Invite(String login, String displayName, String phone, Role role, ScopeType scopeType, UUID scopeId,
                  String initialPassword) {
    }

    /** A new role and scope for a staff member read at {@code version}. */
    record Assignment(Role role, ScopeType scopeType, UUID scopeId, int version) {
    }


    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom random = new SecureRandom();

    private final StaffAccounts accounts;
    private final Scopes scopes;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AccountChanges changes;
    private final ApplicationEventPublisher events;

    StaffService(StaffAccounts accounts, Scopes scopes, PasswordEncoder passwords, AuditLog audit,
                 AccountChanges changes, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.scopes = scopes;
        this.passwords = passwords;
        this.audit = audit;
        this.changes = changes;
    }

    /** A new account and, once only, its initial password (generated when the request gave none). */
    record Invited(StaffMember staff, String initialPassword) {
    }

    @Transactional
    Invited create(Actor actor, Invite request) {
        ScopeRef scope = scopes.within(actor, request.scopeType(), request.scopeId(), "scopeId");
        StaffGrantPolicy.checkGrant(actor, request.role(), scope);
        String password = request.initialPassword() != null ? request.initialPassword() : generatedPassword();
        StaffMember staff = new StaffMember(Ids.next(), request.login().trim(), request.displayName().trim(),
                blankToNull(request.phone()), request.role(), scope, StaffStatus.ACTIVE, 0, null, null);
        try {
            accounts.insert(actor.tenantId(), staff, passwords.encode(password));
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("login", "org.staff.login-taken", request.login());
        }
        StaffMember created = get(actor, staff.id());
        audit.record(actor, "staff.created", "staff", created.id(), null, created);
        events.publishEvent(new StaffCreated(actor.tenantId(), created.id(), created.login(), created.displayName(),
                created.role(), created.scope().type(), created.scope().id()));
        return new Invited(created, password);
    }

    @Transactional
    StaffMember assign(Actor actor, UUID id, Assignment request) {
        StaffMember before = get(actor, id);
        StaffGrantPolicy.checkChange(actor, before);
        // Two admins may edit one account: whoever read an older version reloads instead of overwriting. A change
        // between this read and the write is caught by the update's version condition (also 409 stale-version).
        if (before.version() != request.version()) {
            throw Rejection.staleVersion();
        }
        ScopeRef scope = scopes.within(actor, request.scopeType(), request.scopeId(), "scopeId");
        StaffGrantPolicy.checkGrant(actor, request.role(), scope);
        StaffMember s = save(actor, "staff.role-assigned", before, before.assign(request.role(), scope));
        events.publishEvent(new StaffRoleAssigned(actor.tenantId(), s.id(), s.login(), s.displayName(), s.role(),
                s.scope().type(), s.scope().id()));
        return s;
    }

    @Transactional
    StaffMember disable(Actor actor, UUID id) {
        StaffMember before = get(actor, id);
        StaffGrantPolicy.checkChange(actor, before);
        StaffMember after = save(actor, "staff.disabled", before, before.disable());
        accounts.signOutEverywhere(id);
        events.publishEvent(new StaffDisabled(actor.tenantId(), after.id(), after.login(), after.displayName(),
                after.role(), after.scope().type(), after.scope().id()));
        return after;
    }

    @Transactional
    StaffMember enable(Actor actor, UUID id) {
        StaffMember before = get(actor, id);
        StaffGrantPolicy.checkChange(actor, before);
        StaffMember s = save(actor, "staff.enabled", before, before.enable());
        events.publishEvent(new StaffEnabled(actor.tenantId(), s.id(), s.login(), s.displayName(), s.role(),
                s.scope().type(), s.scope().id()));
        return s;
    }

    StaffMember get(Actor actor, UUID id) {
        return accounts.find(actor, id).orElseThrow(() -> Rejection.notFound("staff-member"));
    }

    /** Saves a change of role, scope or status; every server instance applies it from the account's next request. */
    private StaffMember save(Actor actor, String action, StaffMember before, StaffMember after) {
        accounts.update(actor.tenantId(), after);
        changes.changed(after.id());
        StaffMember saved = get(actor, after.id());
        audit.record(actor, action, "staff", saved.id(), before, saved);
        return saved;
    }

    private static String generatedPassword() {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            sb.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
