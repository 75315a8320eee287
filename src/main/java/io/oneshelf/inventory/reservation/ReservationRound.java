package io.oneshelf.inventory.reservation;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldResult;
import io.oneshelf.inventory.HoldResult.Outcome;
import io.oneshelf.inventory.HoldStock;
import io.oneshelf.inventory.IdempotencyKey;
import io.oneshelf.inventory.ReservationHeld;
import io.oneshelf.inventory.reservation.KeptAnswers.Earlier;
import io.oneshelf.inventory.stock.BalanceKey;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.Rejection.Fault;
import io.oneshelf.platform.Rejection.Kind;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decides and records a whole round of hold commands in the caller's ONE transaction: keys looked up,
 * references inserted, every balance the round touches locked once, each command allocated in arrival order (all
 * its lines or none), then one UPDATE per balance and one INSERT per table. So a hot SKU's row is locked and
 * committed once per round instead of once per command, while each command keeps its own reservation, movements,
 * key, event and answer. Never oversells: allocation reads the balances under their row locks, and the ledger's
 * guarded UPDATE and the table's check constraint would refuse the round if it were wrong.
 */
@Component
class ReservationRound {

    private final KeptAnswers kept;
    private final Reservations reservations;
    private final StockLedger ledger;
    private final StockPlaces places;
    private final ApplicationEventPublisher events;

    ReservationRound(KeptAnswers kept, Reservations reservations, StockLedger ledger, StockPlaces places,
                     ApplicationEventPublisher events) {
        this.kept = kept;
        this.reservations = reservations;
        this.ledger = ledger;
        this.places = places;
        this.events = events;
    }

    /** A command that got this far, with its reservation as it would be made. */
    private record Fresh(int index, HoldStock command, Reservation reservation) {
    }

    /** One answer per command, in the same order. */
    List<HoldAnswer> run(List<HoldStock> commands) {
        HoldAnswer[] answers = new HoldAnswer[commands.size()];
        List<Earlier> earlier = earlier(commands);
        List<Fresh> toHold = new ArrayList<>();
        Checks checks = new Checks(commands);
        for (int i = 0; i < commands.size(); i++) {
            HoldStock command = commands.get(i);
            if (earlier.get(i) == Earlier.SAME_COMMAND) {
                answers[i] = HoldAnswer.of(Outcome.REPEATED, reservations.findByReference(command.by().tenantId(),
                        command.reference()).map(Reservation::hold).orElse(null));
            } else if (earlier.get(i) == Earlier.OTHER_COMMAND) {
                answers[i] = HoldAnswer.refused(new Rejection(Kind.IDEMPOTENCY_KEY_REUSED,
                        Message.of("problem.idempotency.reused", "Idempotency-Key")));
            } else {
                try {
                    toHold.add(new Fresh(i, command, checks.reservation(command)));
                } catch (Rejection refusal) {
                    answers[i] = HoldAnswer.refused(refusal);
                }
            }
        }
        List<Fresh> inserted = insert(toHold, answers);
        reservations.insertLinesAll(inserted.stream().map(Fresh::reservation).toList());
        // Optimistically answered as made: whoever then gets no stock is taken back below, answer, key and all.
        inserted.forEach(f -> answers[f.index()] = HoldAnswer.of(Outcome.MADE, f.reservation().hold()));
        keep(commands, answers, earlier);
        // Only now are the balances locked, till the commit: the hot rows wait for nothing but the stock decision.
        List<Fresh> refused = allocate(inserted, answers);
        reservations.deleteAll(refused.stream().map(f -> f.reservation().id()).toList());
        kept.forget(refused.stream().map(f -> f.command().key()).filter(k -> k != null).toList());
        Set<Integer> outOfStock = new HashSet<>();
        refused.forEach(f -> outOfStock.add(f.index()));
        inserted.stream().filter(f -> !outOfStock.contains(f.index()))
                .forEach(f -> events.publishEvent(ReservationHeld.of(answers[f.index()].result().hold())));
        return List.of(answers);
    }

    /** What earlier commands did with each command's key: {@code NONE} for a command without one. */
    private List<Earlier> earlier(List<HoldStock> commands) {
        List<IdempotencyKey> keys = commands.stream().map(HoldStock::key).filter(k -> k != null).toList();
        List<Earlier> found = keys.isEmpty() ? List.of() : kept.find(keys);
        List<Earlier> result = new ArrayList<>();
        int next = 0;
        for (HoldStock c : commands) {
            result.add(c.key() == null ? Earlier.NONE : found.get(next++));
        }
        return result;
    }

    /** Inserts the reservations; a reference already taken answers with the earlier reservation, or a conflict. */
    private List<Fresh> insert(List<Fresh> fresh, HoldAnswer[] answers) {
        Map<UUID, OffsetDateTime> made = reservations.insertAll(fresh.stream()
                .map(f -> new Reservations.NewHold(f.reservation(), f.command().by(), seconds(f.command())))
                .toList());
        List<Fresh> inserted = new ArrayList<>();
        for (Fresh f : fresh) {
            OffsetDateTime at = made.get(f.reservation().id());
            if (at != null) {
                inserted.add(new Fresh(f.index(), f.command(), f.reservation().madeAt(at, seconds(f.command()))));
                continue;
            }
            Reservation taken = reservations.findByReference(f.reservation().tenantId(), f.reservation().reference())
                    .orElseThrow();
            answers[f.index()] = taken.sameLines(f.reservation().lines()) ? HoldAnswer.of(Outcome.FOUND, taken.hold())
                    : HoldAnswer.refused(Rejection.conflict("reference", "inventory.reservation.reference-taken"));
        }
        return inserted;
    }

    private static int seconds(HoldStock command) {
        return (int) command.expiresIn().toSeconds();
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
            Optional<Rejection> shortage = shortage(f.reservation(), available);
            if (shortage.isPresent()) {
                answers[f.index()] = HoldAnswer.refused(shortage.get());
                refused.add(f);
                continue;
            }
            f.reservation().lines().forEach(l -> available.merge(key(f.reservation(), l), -l.quantity(), Long::sum));
            holds.addAll(f.reservation().holdings(f.command().by().id(), f.command().by().name()));
        }
        ledger.postAll(holds);
        return refused;
    }

    /** The first line the remaining stock cannot cover (counting earlier lines of the same balance), if any. */
    private static Optional<Rejection> shortage(Reservation r, Map<BalanceKey, Long> available) {
        Map<BalanceKey, Long> wanted = new HashMap<>();
        for (int i = 0; i < r.lines().size(); i++) {
            HoldLine l = r.lines().get(i);
            BalanceKey k = key(r, l);
            long need = wanted.merge(k, l.quantity(), Long::sum);
            long left = Math.max(0, available.getOrDefault(k, 0L));
            if (need > left) {
                long forLine = Math.max(0, left - (need - l.quantity()));
                Message message = Message.of("inventory.available-here", forLine);
                return Optional.of(new Rejection(Kind.OUT_OF_STOCK, Message.of("inventory.line-short", i, message),
                        List.of(new Fault("lines[" + i + "].quantity", message))));
            }
        }
        return Optional.empty();
    }

    /** Keeps the keys of commands answered so far with their answers; a refused command's key is never kept. */
    private void keep(List<HoldStock> commands, HoldAnswer[] answers, List<Earlier> earlier) {
        List<IdempotencyKey> keys = new ArrayList<>();
        List<HoldResult> results = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            if (commands.get(i).key() != null && earlier.get(i) == Earlier.NONE && !answers[i].refused()) {
                keys.add(commands.get(i).key());
                results.add(answers[i].result());
            }
        }
        if (!keys.isEmpty()) {
            kept.keep(keys, results);
        }
    }

    private static BalanceKey key(Reservation r, HoldLine l) {
        return new BalanceKey(r.tenantId(), l.skuId(), l.locationId());
    }

    /**
     * Validates commands against the catalog and the callers' scopes, asking each question once per round: the
     * SKUs of all the round's commands of a tenant with one query, the places of a scope with one query.
     */
    private final class Checks {

        private final List<HoldStock> round;
        private final Map<List<Object>, Map<UUID, PlaceRef>> placesByScope = new HashMap<>();
        private final Map<UUID, Map<UUID, SkuRef>> skusByTenant = new HashMap<>();

        Checks(List<HoldStock> round) {
            this.round = round;
        }

        Reservation reservation(HoldStock command) {
            Actor actor = command.by();
            Map<UUID, PlaceRef> visible = placesByScope.computeIfAbsent(
                    List.of(actor.tenantId(), actor.scopeType(), actor.scopeId()), s -> places.visible(actor));
            Map<UUID, SkuRef> known = skusByTenant.computeIfAbsent(actor.tenantId(), t -> namedSkus(actor));
            for (int i = 0; i < command.lines().size(); i++) {
                HoldLine l = command.lines().get(i);
                mustBeSellable(known.get(l.skuId()), i);
                if (!visible.containsKey(l.locationId())) {
                    throw Rejection.invalid("lines[" + i + "].locationId", "inventory.location.outside");
                }
            }
            return new Reservation(Ids.next(), actor.tenantId(), command.reference(), ReservationStatus.HELD, null,
                    command.lines().lines(), 0, null, null);
        }

        /**
         * A new hold only of what is still sold: a deactivated SKU is a conflict with the catalog's present state,
         * not bad input, so the same command succeeds once the SKU is activated again. Holds made before the
         * deactivation are not checked here and can still be confirmed or released.
         */
        private static void mustBeSellable(SkuRef sku, int line) {
            String field = "lines[" + line + "].skuId";
            if (sku == null) {
                throw Rejection.invalid(field, "catalog.sku.foreign");
            }
            if (!sku.active()) {
                throw new Rejection(Kind.CONFLICT, Message.of("inventory.sku-deactivated", line, sku.code()),
                        List.of(Fault.of(field, "inventory.sku-deactivated.field")));
            }
        }

        /** The SKUs, active or not, that any command of the round names and that exist in the actor's tenant. */
        private Map<UUID, SkuRef> namedSkus(Actor actor) {
            Set<UUID> named = new HashSet<>();
            round.stream().filter(c -> c.by().tenantId().equals(actor.tenantId()))
                    .forEach(c -> c.lines().stream().forEach(l -> named.add(l.skuId())));
            return places.skus(actor, named);
        }
    }
}
