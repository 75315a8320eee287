package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.HoldResult;
import io.oneshelf.inventory.HoldResult.Outcome;
import io.oneshelf.inventory.IdempotencyKey;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.IdempotencyKeys;
import io.oneshelf.platform.idempotency.IdempotentResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of hold answers: keeps each keyed hold's answer as the HTTP response it was (status, Location,
 * body) with its Idempotency-Key in {@link IdempotencyKeys}, so that a retry replays exactly those bytes.
 */
@Component
class ReservationAnswers implements KeptAnswers {

    private final IdempotencyKeys keys;
    private final JsonMapper json;

    ReservationAnswers(IdempotencyKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** An HTTP caller's claim as the value the holds take. */
    static IdempotencyKey key(IdempotencyClaim claim) {
        return new IdempotencyKey(claim.tenantId(), claim.actorId(), claim.key(), claim.requestHash());
    }

    @Override
    public List<Earlier> find(List<IdempotencyKey> wanted) {
        return keys.findAll(wanted.stream().map(ReservationAnswers::claim).toList()).stream()
                .map(e -> e.isEmpty() ? Earlier.NONE : e.get().samePayload() ? Earlier.SAME_COMMAND
                        : Earlier.OTHER_COMMAND)
                .toList();
    }

    @Override
    public void keep(List<IdempotencyKey> kept, List<HoldResult> results) {
        keys.storeAll(kept.stream().map(ReservationAnswers::claim).toList(),
                results.stream().map(this::response).toList());
    }

    @Override
    public void forget(List<IdempotencyKey> forgotten) {
        keys.forgetAll(forgotten.stream().map(ReservationAnswers::claim).toList());
    }

    /** The answer kept for a key used before. */
    Optional<IdempotentResponse> kept(IdempotencyKey key) {
        return keys.findAll(List.of(claim(key))).get(0).map(IdempotencyKeys.Earlier::response);
    }

    /** 201 with its Location for a hold made now, 200 for one found by its reference. */
    IdempotentResponse response(HoldResult result) {
        ReservationView view = ReservationView.of(result.hold());
        return result.outcome() == Outcome.MADE
                ? new IdempotentResponse(201, "application/json", ReservationController.PATH + "/" + view.id(),
                        json.writeValueAsBytes(view))
                : new IdempotentResponse(200, "application/json", null, json.writeValueAsBytes(view));
    }

    private static IdempotencyClaim claim(IdempotencyKey key) {
        return new IdempotencyClaim(key.brandId(), key.callerId(), key.key(), key.fingerprint());
    }
}
