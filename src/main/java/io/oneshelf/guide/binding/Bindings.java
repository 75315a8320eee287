package io.oneshelf.guide.binding;

import io.oneshelf.guide.CustomerBound;
import io.oneshelf.guide.roster.GuideRuleStore;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds customers to guides as the {@link BindingPolicy} allows, one current binding per customer: the current one
 * is locked (or, for a customer bound to nobody, the first insert wins), so two bindings of one customer at once
 * never both take effect. Each new binding is announced as {@link CustomerBound}.
 */
@Service
public class Bindings {

    private final BindingStore store;
    private final GuideRuleStore rules;
    private final ApplicationEventPublisher events;

    Bindings(BindingStore store, GuideRuleStore rules, ApplicationEventPublisher events) {
        this.store = store;
        this.rules = rules;
        this.events = events;
    }

    /** What is asked: bind the customer to a guide (of {@code storeId}), or to the store's pool (guide null). */
    public record Bind(UUID brandId, UUID customerId, UUID guideId, UUID storeId, Binding.Source source,
                       UUID byStaffId) {
    }

    /** Binds the customer if the policy lets the binding replace theirs; the new binding, or empty when it did not. */
    @Transactional
    public Optional<Binding> bind(Bind b) {
        Binding next = BindingStore.fresh(b.customerId(), b.guideId(), b.storeId(), b.source(), null, b.byStaffId());
        Optional<Binding> current = store.lockCurrent(b.brandId(), b.customerId());
        if (current.isEmpty()) {
            Optional<Binding> first = store.bindIfNone(b.brandId(), next);
            if (first.isPresent()) {
                announce(b.brandId(), first.get(), null);
                return first;
            }
            // another binding of the customer won the race: the policy decides against it
            current = store.lockCurrent(b.brandId(), b.customerId());
        }
        Binding now = current.orElseThrow();
        if (!BindingPolicy.moves(rules.of(b.brandId()).bindingRule(), b.source(), now, b.guideId(), b.storeId())) {
            return Optional.empty();
        }
        Binding made = store.replace(b.brandId(), now.id(), next);
        announce(b.brandId(), made, now.guideId());
        return Optional.of(made);
    }

    public Optional<Binding> current(UUID brand, UUID customer) {
        return store.current(brand, customer);
    }

    /** How many customers each guide of the store has now; the store's pool under the key null. */
    public java.util.Map<UUID, Long> countsAt(UUID brand, UUID storeId) {
        return store.countsAt(brand, storeId);
    }

    private void announce(UUID brand, Binding made, UUID previousGuide) {
        events.publishEvent(new CustomerBound(brand, made.id(), made.customerId(), made.guideId(), made.storeId(),
                made.source().name(), previousGuide, made.startedAt()));
    }
}
