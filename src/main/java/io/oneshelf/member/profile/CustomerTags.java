package io.oneshelf.member.profile;

import io.oneshelf.member.CustomerTagged;
import io.oneshelf.member.CustomerUntagged;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tags staff put on customers by hand (VIP, 企业客户 …); a tag is 1–20 letters, digits, spaces or - _ . */
@Service
class CustomerTags {

    static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,19}");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final CustomerDirectory directory;

    CustomerTags(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, CustomerDirectory directory) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.directory = directory;
    }

    static String valid(String field, String tag) {
        String t = tag == null ? "" : tag.strip();
        if (!TAG.matcher(t).matches()) {
            throw Rejection.invalid(field, "member.tag.invalid");
        }
        return t;
    }

    /** Puts the tag on a customer (not merged into another); tagging twice changes and announces nothing. */
    @Transactional
    public void tag(Actor actor, UUID customerId, String tag) {
        String t = valid("tag", tag);
        listed(actor, customerId);
        int added = jdbc.sql("insert into customer_tag(tenant_id, customer_id, tag, source, created_at)"
                        + " values (:brand, :customer, :tag, 'MANUAL', now()) on conflict do nothing")
                .param("brand", actor.tenantId()).param("customer", customerId).param("tag", t).update();
        if (added > 0) {
            events.publishEvent(new CustomerTagged(actor.tenantId(), customerId, t, "MANUAL"));
            audit.record(actor, "customer.tagged", "customer", customerId, null, Map.of("tag", t));
        }
    }

    /** Takes a tag off (a rule's too: the rule puts it back on its next run if it still holds). */
    @Transactional
    public void untag(Actor actor, UUID customerId, String tag) {
        listed(actor, customerId);
        String t = tag == null ? "" : tag.strip();
        String source = jdbc.sql("delete from customer_tag where tenant_id = :brand and customer_id = :customer"
                        + " and tag = :tag returning source")
                .param("brand", actor.tenantId()).param("customer", customerId).param("tag", t)
                .query(String.class).optional().orElseThrow(() -> Rejection.notFound("customer-tag"));
        events.publishEvent(new CustomerUntagged(actor.tenantId(), customerId, t, source));
        audit.record(actor, "customer.untagged", "customer", customerId, Map.of("tag", t), null);
    }

    private void listed(Actor actor, UUID customerId) {
        CustomerDirectory.Listed c = directory.find(actor.tenantId(), customerId)
                .orElseThrow(() -> Rejection.notFound("customer"));
        if (c.mergedInto() != null) {
            throw Rejection.conflict("customerId", "member.customer.merged");
        }
    }
}
