package io.oneshelf.fulfillment.task;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/** Who made a step of a task: a staff member or API client, or the system (an order's event). */
record Who(String kind, UUID id, String name) {

    static final Who SYSTEM = new Who("SYSTEM", null, null);

    static Who of(Actor actor) {
        return actor == null ? SYSTEM : new Who(actor.kind().name(), actor.id(), actor.name());
    }
}
