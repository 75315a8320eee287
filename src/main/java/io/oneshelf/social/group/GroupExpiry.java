package io.oneshelf.social.group;

import io.oneshelf.social.GroupFailed;
import io.oneshelf.social.GroupSucceeded;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes groups whose time ran out. Safe with several server instances: each batch claims its groups with
 * {@code FOR UPDATE SKIP LOCKED} and closes them in the same transaction, so two instances never close one group
 * twice. A group with paid members succeeds with virtual ones making up its size when the brand completes groups
 * virtually; otherwise it fails, told as {@link GroupFailed} in that transaction, and its orders are refunded by
 * {@link GroupRefunds} (an event in the outbox: a restart in between still refunds them).
 */
@Component
class GroupExpiry {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(GroupExpiry.class);

    private final Groups groups;
    private final Members members;
    private final SocialSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    GroupExpiry(Groups groups, Members members, SocialSettings settings, ApplicationEventPublisher events,
                TransactionTemplate tx) {
        this.groups = groups;
        this.members = members;
        this.settings = settings;
        this.events = events;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${oneshelf.social.group-sweep:PT30S}", initialDelayString = "PT20S")
    void sweep() {
        int total = 0;
        int batch;
        do {
            batch = closeDue();
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            log.info("Closed {} group(s) out of time", total);
        }
    }

    /** Closes one batch of groups out of time; answers how many. */
    int closeDue() {
        Integer closed = tx.execute(s -> {
            var due = groups.claimDue(BATCH);
            due.forEach(d -> close(d.brandId(), groups.find(d.brandId(), d.groupId()).orElseThrow()));
            return due.size();
        });
        return closed == null ? 0 : closed;
    }

    private void close(java.util.UUID brandId, Group group) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int paid = members.paid(brandId, group.id());
        if (paid > 0 && settings.of(brandId).virtualMembers()) {
            int virtual = group.size() - paid;
            groups.save(brandId, group.succeeded(now, virtual));
            events.publishEvent(new GroupSucceeded(brandId, group.groupBuyId(), group.id(), paid, virtual));
            return;
        }
        groups.save(brandId, group.failed(now));
        events.publishEvent(new GroupFailed(brandId, group.groupBuyId(), group.id(), paid, group.size()));
    }
}
