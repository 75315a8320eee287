package io.oneshelf.catalog.price;

import io.oneshelf.platform.Message;
import java.time.Instant;
import java.util.List;

/**
 * The price to charge, the kind of rule that set it, a readable explanation, and every rule that was valid and
 * matched the query with what became of it.
 */
public record ResolvedPrice(long priceFen, PriceKind rule, Message explanation, List<Candidate> candidates) {

    public enum Verdict { APPLIED, REPLACED, SUPERSEDED, NOT_LOWER, OUTSIDE_POLICY }

    /**
     * @param key     the tier code, channel or store id of the rule; null for the list price
     * @param keyName what a person calls the key: the store's name and code for a store price, else the key
     */
    public record Candidate(PriceKind kind, String key, long priceFen, Instant validFrom, Instant validTo,
                            Verdict verdict, String keyName) {

        Candidate named(String name) {
            return new Candidate(kind, key, priceFen, validFrom, validTo, verdict, name);
        }
    }

    ResolvedPrice withCandidates(List<Candidate> named) {
        return new ResolvedPrice(priceFen, rule, explanation, named);
    }
}
