package io.oneshelf.order.routing;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and sets the caller's brand's routing rule, auditing each change. */
@Service
class RoutingRuleService {

    private final RoutingRules rules;
    private final AuditLog audit;

    RoutingRuleService(RoutingRules rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    RoutingRule get(Actor actor) {
        return rules.of(actor.tenantId());
    }

    /**
     * Replaces the rule if the caller read the current version. The rule belongs to the whole brand, so only a
     * brand-wide account sets it, whatever its permissions say (as the brand's other settings).
     */
    @Transactional
    RoutingRule set(Actor actor, RoutingRule rule) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("order.routing.rule.brand-wide-only");
        }
        RoutingRule before = rules.of(actor.tenantId());
        if (before.version() != rule.version() || !rules.save(actor.tenantId(), rule, rule.version())) {
            throw Rejection.staleVersion();
        }
        RoutingRule after = rules.of(actor.tenantId());
        audit.record(actor, "routing-rule.set", "routing_rule", actor.tenantId(), before, after);
        return after;
    }
}
