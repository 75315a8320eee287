package io.oneshelf.catalog.price;

import io.oneshelf.catalog.price.ResolvedPrice.Candidate;
import io.oneshelf.catalog.price.ResolvedPrice.Verdict;
import io.oneshelf.platform.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one price-resolution function of OneShelf, used by every channel (同價). Pure: no database, no clock.
 * <ol>
 *   <li>Only rows valid at the query's instant count ({@code validFrom <= at < validTo}). Within one rule kind
 *       and key, the row that started latest wins (a scheduled change replaces the standing price while it is
 *       valid); rows starting at the same instant are settled by the lower price.</li>
 *   <li>Start from the SKU's <b>list price</b>. Without a valid list price the SKU has no price at all.</li>
 *   <li>A <b>channel price</b> for the query's channel replaces it.</li>
 *   <li>A <b>store price</b> for the query's store replaces that — a store's own price is the most specific,
 *       place-bound rule, so it wins over a channel price — but only if the brand's {@link PricePolicy} permits
 *       it against the valid list price; with FORBIDDEN, or outside the band, it is ignored.</li>
 *   <li>A <b>member-tier price</b> for the query's tier applies only when it is lower than the price so far:
 *       a member price never raises a price.</li>
 * </ol>
 */
public final class PriceResolution {

    private PriceResolution() {
    }

    /** The price for {@code q} under {@code rules}, or empty when no list price is valid at that instant. */
    public static Optional<ResolvedPrice> resolve(PriceRules rules, PriceQuery q) {
        Trail trail = new Trail(rules.rows(), q.at());
        Optional<PriceRow> list = trail.pick(PriceKind.LIST, r -> true);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        long listFen = list.get().priceFen();
        trail.apply(list.get(), Message.of("price.story.list"));
        if (q.channel() != null) {
            trail.pick(PriceKind.CHANNEL, r -> r.channel() == q.channel())
                    .ifPresent(r -> trail.apply(r, Message.of("price.story.channel", Message.term(q.channel()))));
        }
        if (q.storeId() != null) {
            trail.pick(PriceKind.STORE, r -> r.storeId().equals(q.storeId())).ifPresent(r -> {
                if (rules.policy().permits(r.priceFen(), listFen)) {
                    trail.apply(r, Message.of("price.story.store"));
                } else {
                    trail.reject(r, Verdict.OUTSIDE_POLICY, Message.of("price.story.store-ignored"));
                }
            });
        }
        if (q.tierCode() != null) {
            trail.pick(PriceKind.TIER, r -> q.tierCode().equals(r.tierCode())).ifPresent(r -> {
                if (r.priceFen() < trail.priceFen()) {
                    trail.apply(r, Message.of("price.story.tier", q.tierCode()));
                } else {
                    trail.reject(r, Verdict.NOT_LOWER, Message.of("price.story.tier-not-lower", q.tierCode()));
                }
            });
        }
        return Optional.of(trail.result());
    }

    /** The candidates met so far, which one currently sets the price, and the story told. */
    private static final class Trail {

        private static final Comparator<PriceRow> LATEST_FIRST = Comparator
                .comparing((PriceRow r) -> r.validFrom() == null ? Instant.MIN : r.validFrom()).reversed()
                .thenComparingLong(PriceRow::priceFen);

        private final List<PriceRow> rows;
        private final Instant at;
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<Message> story = new ArrayList<>();
        private int current = -1;

        Trail(List<PriceRow> rows, Instant at) {
            this.rows = rows;
            this.at = at;
        }

        /** The winning valid row of a kind; the rows it supersedes are recorded as candidates. */
        Optional<PriceRow> pick(PriceKind kind, Predicate<PriceRow> matches) {
            List<PriceRow> valid = rows.stream().filter(r -> r.kind() == kind && matches.test(r) && r.validAt(at))
                    .sorted(LATEST_FIRST).toList();
            valid.stream().skip(1).forEach(r -> candidates.add(candidate(r, Verdict.SUPERSEDED)));
            return valid.stream().findFirst();
        }

        void apply(PriceRow row, Message reason) {
            if (current >= 0) {
                Candidate replaced = candidates.get(current);
                candidates.set(current, new Candidate(replaced.kind(), replaced.key(), replaced.priceFen(),
                        replaced.validFrom(), replaced.validTo(), Verdict.REPLACED, replaced.keyName()));
            }
            candidates.add(candidate(row, Verdict.APPLIED));
            current = candidates.size() - 1;
            story.add(Message.of("price.story.step", reason, Message.yuan(row.priceFen())));
        }

        void reject(PriceRow row, Verdict verdict, Message reason) {
            candidates.add(candidate(row, verdict));
            story.add(Message.of("price.story.step", reason, Message.yuan(row.priceFen())));
        }

        long priceFen() {
            return candidates.get(current).priceFen();
        }

        ResolvedPrice result() {
            Candidate winner = candidates.get(current);
            Message steps = story.stream().reduce((a, b) -> Message.of("problem.join", a, b)).orElseThrow();
            Message explanation = Message.of("price.story.result", steps, Message.yuan(winner.priceFen()),
                    Message.term(winner.kind()));
            return new ResolvedPrice(winner.priceFen(), winner.kind(), explanation, List.copyOf(candidates));
        }

        private static Candidate candidate(PriceRow r, Verdict verdict) {
            return new Candidate(r.kind(), r.key(), r.priceFen(), r.validFrom(), r.validTo(), verdict, r.key());
        }
    }
}
