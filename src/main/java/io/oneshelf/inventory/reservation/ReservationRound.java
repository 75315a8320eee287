package io.oneshelf.inventory.reservation;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.reservation.Reservation.Line;
import io.oneshelf.inventory.stock.BalanceKey;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.IdempotencyKeys;
import io.oneshelf.platform.idempotency.IdempotencyKeys.Earlier;
import io.oneshelf.platform.idempotency.IdempotentResponse;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.ApiProblem;
import io.oneshelf.platform.web.FieldProblem;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.ProblemType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides and records a whole round of hold requests in the caller's ONE transaction: keys claimed, references
 * inserted, every balance the round touches locked once, each request allocated in arrival order (all its lines
 * or none), then one UPDATE per balance and one INSERT per table. So a hot SKU's row is locked and committed
 * once per round instead of once per request, while each request keeps its own reservation, movements, key
 * and answer. Never oversells: allocation reads the balances under their row locks, and the ledger's guarded
 * UPDATE and the table's check constraint would refuse the round if it were wrong.
 */
@Component
class ReservationRound {

    private final IdempotencyKeys keys;
    private final Reservations reservations;
    private final StockLedger ledger;
    private final StockPlaces places;
    private final JsonMapper json;

    ReservationRound(IdempotencyKeys keys, Reservations reservations, StockLedger ledger, StockPlaces places,
                     JsonMapper json) {
        this.keys = keys;
        this.reservations = reservations;
        this.ledger = ledger;
        this.places = places;
        this.json = json;
    }

    /** A request that got this far, with its reservation as it would be made. */
    private record Fresh(int index, HoldRequest request, Reservation reservation) {
    }

    /** One answer per request, in the same order. */
    List<HoldAnswer> run(List<HoldRequest> requests) {
        HoldAnswer[] answers = new HoldAnswer[requests.size()];
        boolean[] newKey = new boolean[requests.size()];
        List<Optional<Earlier>> earlier = keys.findAll(requests.stream().map(HoldRequest::claim).toList());
        List<Fresh> toHold = new ArrayList<>();
        Checks checks = new Checks(requests);
        for (int i = 0; i < requests.size(); i++) {
            Optional<Earlier> e = earlier.get(i);
            if (e.isPresent()) {
                answers[i] = e.get().samePayload() ? HoldAnswer.replay(e.get().response())
                        : HoldAnswer.refused(new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                                Message.of("problem.idempotency.reused", "Idempotency-Key")));
                continue;
            }
            newKey[i] = true;
            try {
                toHold.add(new Fresh(i, requests.get(i), checks.reservation(requests.get(i))));
            } catch (ApiProblem problem) {
                answers[i] = HoldAnswer.refused(problem);
            }
        }
        List<Fresh> inserted = insert(toHold, answers);
        reservations.insertLinesAll(inserted.stream().map(Fresh::reservation).toList());
        // Optimistically answered 201: whoever then gets no stock is taken back below, answer, key and all.
        inserted.forEach(f -> answers[f.index()] = HoldAnswer.of(response(201, f.reservation())));
        keep(requests, answers, newKey);
        // Only now are the balances locked, till the commit: the hot rows wait for nothing but the stock decision.
        List<Fresh> refused = allocate(inserted, answers);
        reservations.deleteAll(refused.stream().map(f -> f.reservation().id()).toList());
        keys.forgetAll(refused.stream().map(f -> f.request().claim()).toList());
        return List.of(answers);
    }

    /** Inserts the reservations; a reference already taken answers with the earlier reservation, or 409. */
    private List<Fresh> insert(List<Fresh> fresh, HoldAnswer[] answers) {
        Map<UUID, OffsetDateTime> made = reservations.insertAll(fresh.stream()
                .map(f -> new Reservations.NewHold(f.reservation(), f.request().actor(),
                        f.request().body().expiresInSeconds()))
                .toList());
        List<Fresh> inserted = new ArrayList<>();
        for (Fresh f : fresh) {
            OffsetDateTime at = made.get(f.reservation().id());
            if (at != null) {
                inserted.add(new Fresh(f.index(), f.request(),
                        f.reservation().madeAt(at, f.request().body().expiresInSeconds())));
                continue;
            }
            Reservation taken = reservations.findByReference(f.reservation().tenantId(), f.reservation().reference())
                    .orElseThrow();
            answers[f.index()] = taken.sameLines(f.reservation().lines()) ? HoldAnswer.of(response(200, taken))
                    : HoldAnswer.refused(ApiProblem.conflict("reference",
                            "inventory.reservation.reference-taken"));
        }
        return inserted;
    }

    /**
     * Locks every balance the round needs, gives each reservation, in arrival order, all its lines or none, and
     * posts the holds; returns the reservations that got nothing, with their answers set to the shortage.
     */
    private List<Fresh> allocate(List<Fresh> inserted, HoldAnswer[] answers) {
        Map<BalanceKey, Long> available = new HashMap<>(ledger.lockAvailable(inserted.stream()
                .flatMap(f -> f.reservation().lines().stream().map(l -> key(f.reservation(), l))).toList()));
        List<Posting> holds = new ArrayList<>();
        List<Fresh> refused = new ArrayList<>();
        for (Fresh f : inserted) {
            Optional<ApiProblem> shortage = shortage(f.reservation(), available);
            if (shortage.isPresent()) {
                answers[f.index()] = HoldAnswer.refused(shortage.get());
                refused.add(f);
                continue;
            }
            f.reservation().lines().forEach(l -> available.merge(key(f.reservation(), l), -l.quantity(), Long::sum));
            holds.addAll(f.reservation().holdings(f.request().actor().id(), f.request().actor().name()));
        }
        ledger.postAll(holds);
        return refused;
    }

    /** The first line the remaining stock cannot cover (counting earlier lines of the same balance), if any. */
    private static Optional<ApiProblem> shortage(Reservation r, Map<BalanceKey, Long> available) {
        Map<BalanceKey, Long> wanted = new HashMap<>();
        for (int i = 0; i < r.lines().size(); i++) {
            Line l = r.lines().get(i);
            BalanceKey k = key(r, l);
            long need = wanted.merge(k, l.quantity(), Long::sum);
            long left = Math.max(0, available.getOrDefault(k, 0L));
            if (need > left) {
                long forLine = Math.max(0, left - (need - l.quantity()));
                Message message = Message.of("inventory.available-here", forLine);
                return Optional.of(new ApiProblem(ProblemType.OUT_OF_STOCK, Message.of("inventory.line-short", i,
                        message), List.of(new FieldProblem("lines[" + i + "].quantity", message))));
            }
        }
        return Optional.empty();
    }

    /** Stores the keys of requests answered so far with their answers; a refused request's key is never kept. */
    private void keep(List<HoldRequest> requests, HoldAnswer[] answers, boolean[] newKey) {
        List<IdempotencyClaim> done = new ArrayList<>();
        List<IdempotentResponse> responses = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            if (newKey[i] && answers[i].problem() == null) {
                done.add(requests.get(i).claim());
                responses.add(answers[i].response());
            }
        }
        keys.storeAll(done, responses);
    }

    private IdempotentResponse response(int status, Reservation r) {
        return new IdempotentResponse(status, "application/json",
                status == 201 ? "/api/v1/stock/reservations/" + r.id() : null, json.writeValueAsBytes(r));
    }

    private static BalanceKey key(Reservation r, Line l) {
        return new BalanceKey(r.tenantId(), l.skuId(), l.locationId());
    }

    /**
     * Validates requests against the catalog and the callers' scopes, asking each question once per round: the
     * SKUs of all the round's requests of a tenant with one query, the places of a scope with one query.
     */
    private final class Checks {

        private final List<HoldRequest> round;
        private final Map<List<Object>, Map<UUID, PlaceRef>> placesByScope = new HashMap<>();
        private final Map<UUID, Map<UUID, SkuRef>> skusByTenant = new HashMap<>();

        Checks(List<HoldRequest> round) {
            this.round = round;
        }

        Reservation reservation(HoldRequest request) {
            Actor actor = request.actor();
            Map<UUID, PlaceRef> visible = placesByScope.computeIfAbsent(
                    List.of(actor.tenantId(), actor.scopeType(), actor.scopeId()), s -> places.visible(actor));
            Map<UUID, SkuRef> known = skusByTenant.computeIfAbsent(actor.tenantId(), t -> namedSkus(actor));
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < request.body().lines().size(); i++) {
                var l = request.body().lines().get(i);
                mustBeSellable(known.get(l.skuId()), i);
                if (!visible.containsKey(l.locationId())) {
                    throw ApiProblem.invalid("lines[" + i + "].locationId",
                            "inventory.location.outside");
                }
                lines.add(new Line(l.skuId(), l.locationId(), l.quantity()));
            }
            return new Reservation(Ids.next(), actor.tenantId(), request.reference(), ReservationStatus.HELD, null,
                    lines, 0, null, null);
        }

        /**
         * A new hold only of what is still sold: a deactivated SKU is a conflict with the catalog's present state,
         * not bad input, so the same request succeeds once the SKU is activated again. Holds made before the
         * deactivation are not checked here and can still be confirmed or released.
         */
        private static void mustBeSellable(SkuRef sku, int line) {
            String field = "lines[" + line + "].skuId";
            if (sku == null) {
                throw ApiProblem.invalid(field, "catalog.sku.foreign");
            }
            if (!sku.active()) {
                throw new ApiProblem(ProblemType.CONFLICT, Message.of("inventory.sku-deactivated", line, sku.code()),
                        List.of(FieldProblem.of(field, "inventory.sku-deactivated.field")));
            }
        }

        /** The SKUs, active or not, that any request of the round names and that exist in the actor's tenant. */
        private Map<UUID, SkuRef> namedSkus(Actor actor) {
            Set<UUID> named = new HashSet<>();
            round.stream().filter(r -> r.actor().tenantId().equals(actor.tenantId()))
                    .forEach(r -> r.body().lines().forEach(l -> named.add(l.skuId())));
            return places.skus(actor, named);
        }
    }
}
