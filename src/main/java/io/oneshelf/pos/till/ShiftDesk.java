package io.oneshelf.pos.till;

import io.oneshelf.org.Places;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.pos.ShiftClosed;
import io.oneshelf.pos.ShiftOpened;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and closes shifts, and says which shifts a member of staff may see. */
@Service
class ShiftDesk {

    static final long MAX_FLOAT = 10_000_000;

    private final Shifts shifts;
    private final TillAccess access;
    private final ShiftReports reports;
    private final Places places;
    private final ApplicationEventPublisher events;

    ShiftDesk(Shifts shifts, TillAccess access, ShiftReports reports, Places places,
              ApplicationEventPublisher events) {
        this.shifts = shifts;
        this.access = access;
        this.reports = reports;
        this.places = places;
        this.events = events;
    }

    @Transactional
    Shift open(Actor actor, UUID tillId, long floatFen) {
        return open(actor, tillId, floatFen, now());
    }

    /** Opens a shift as of {@code now} (the demo's past days; the API opens at the present). */
    @Transactional
    Shift open(Actor actor, UUID tillId, long floatFen, OffsetDateTime now) {
        Till till = access.selling(actor, tillId);
        if (floatFen < 0 || floatFen > MAX_FLOAT) {
            throw Rejection.invalid("floatFen", "validation.range", 0, MAX_FLOAT);
        }
        Shift shift = new Shift(Ids.next(), actor.tenantId(), till.id(), till.storeId(), actor.id(), actor.name(),
                Shift.Status.OPEN, floatFen, now, null, null, null, List.of(), null, 0);
        if (!shifts.open(shift)) {
            throw Rejection.conflict("tillId", "pos.shift.already-open", till.name());
        }
        events.publishEvent(new ShiftOpened(actor.tenantId(), shift.id(), till.id(), till.storeId(), actor.id(),
                floatFen, now));
        return shift;
    }

    /** The till's open shift, or 404 {@code pos.shift.none}. */
    Shift openOn(Actor actor, UUID tillId) {
        Till till = access.till(actor, tillId);
        return shifts.openOn(till.id()).orElseThrow(ShiftDesk::none);
    }

    /** 404: no shift is open on the till. */
    static Rejection none() {
        io.oneshelf.platform.Message m = io.oneshelf.platform.Message.of("pos.shift.none");
        return new Rejection(Rejection.Kind.NOT_FOUND, m, List.of(new Rejection.Fault("tillId", m)));
    }

    @Transactional
    Shift close(Actor actor, UUID shiftId, List<Shift.Count> counted, String note) {
        return close(actor, shiftId, counted, note, now());
    }

    /** Closes the shift as of {@code now} (the demo's past days; the API closes at the present). */
    @Transactional
    Shift close(Actor actor, UUID shiftId, List<Shift.Count> counted, String note, OffsetDateTime now) {
        Shift shift = shifts.lock(actor.tenantId(), shiftId).filter(s -> visible(actor, s))
                .orElseThrow(() -> Rejection.notFound("pos-shift"));
        if (shift.status() == Shift.Status.CLOSED) {
            throw Rejection.conflict("status", "pos.shift.already-closed");
        }
        List<Shift.Count> counts = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < counted.size(); i++) {
            Shift.Count c = counted.get(i);
            if (!Shift.DENOMINATIONS.contains(c.denominationFen())) {
                throw Rejection.invalid("counted[" + i + "].denominationFen", "pos.shift.denomination",
                        Shift.DENOMINATIONS);
            }
            if (counts.stream().anyMatch(k -> k.denominationFen() == c.denominationFen())) {
                throw Rejection.invalid("counted[" + i + "].denominationFen", "pos.shift.denomination-twice");
            }
            counts.add(c);
            total = Math.addExact(total, c.fen());
        }
        long expected = reports.expectedCash(shift);
        shifts.close(shift, expected, total, counts, note == null ? null : note.strip(), now);
        ShiftReports.Sums sums = reports.sums(List.of(shift.id()));
        events.publishEvent(new ShiftClosed(actor.tenantId(), shift.id(), shift.tillId(), shift.storeId(),
                shift.staffId(), expected, total, total - expected, sums.salesFen(), sums.refundsFen(), now));
        return shifts.find(actor.tenantId(), shiftId).orElseThrow();
    }

    /** A shift the caller may see: any of their scope's stores with pos:manage, else only their own. */
    Shift visible(Actor actor, UUID shiftId) {
        return shifts.find(actor.tenantId(), shiftId).filter(s -> visible(actor, s))
                .orElseThrow(() -> Rejection.notFound("pos-shift"));
    }

    boolean visible(Actor actor, Shift s) {
        if (!places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), s.storeId())) {
            return false;
        }
        return actor.can(Permission.POS_MANAGE) || s.staffId().equals(actor.id());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
