package io.oneshelf.distribution.network;

import io.oneshelf.distribution.CustomerBound;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds customers to referrers under the brand's rule. A binding that expired ends and a new one starts; with
 * FIRST_TOUCH a live binding is kept; with LAST_TOUCH a link of another distributor rebinds the customer once the
 * live binding's protection period is over. A distributor never refers themselves, and only an approved
 * distributor's code binds. The customer's current row is locked first, so two links followed at once decide one
 * after the other.
 */
@Service
public class Referrals {

    private final ReferralStore store;
    private final DistributorStore distributors;
    private final SettingsStore settings;
    private final ApplicationEventPublisher events;

    Referrals(ReferralStore store, DistributorStore distributors, SettingsStore settings,
              ApplicationEventPublisher events) {
        this.store = store;
        this.distributors = distributors;
        this.settings = settings;
        this.events = events;
    }

    /** Follows a distributor's share link or code: the customer's binding now (empty when they have none). */
    @Transactional
    public Optional<Referral> follow(UUID brand, UUID customer, String code, String source) {
        Distributor d = distributors.byCode(brand, code).filter(Distributor::approved)
                .orElseThrow(() -> Rejection.invalid("code", "distribution.code.unknown"));
        // as the database keeps it (microseconds), so that the binding just started is in force "now"
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (d.customerId().equals(customer)) {
            return store.at(brand, customer, now);
        }
        DistributionSettings rule = settings.of(brand);
        Optional<Referral> current = store.lockCurrent(brand, customer);
        UUID previous = null;
        if (current.isPresent()) {
            Referral c = current.get();
            boolean live = c.expiresAt().isAfter(now);
            if (live && (c.distributorId().equals(d.id()) || !rebinds(rule, c, now))) {
                return current;
            }
            previous = live ? c.distributorId() : null;
            store.end(c.id(), now);
        }
        Optional<Referral> started = store.start(brand, customer, d.id(), source, now,
                now.plusDays(rule.bindingDays()));
        UUID before = previous;
        started.ifPresent(r -> events.publishEvent(new CustomerBound(brand, r.id(), customer, d.id(), source, before,
                r.expiresAt())));
        return started.isPresent() ? started : store.at(brand, customer, now);
    }

    private static boolean rebinds(DistributionSettings rule, Referral live, OffsetDateTime now) {
        return rule.bindingRule() == DistributionSettings.BindingRule.LAST_TOUCH
               && !live.startedAt().plusDays(rule.protectionDays()).isAfter(now);
    }
}
