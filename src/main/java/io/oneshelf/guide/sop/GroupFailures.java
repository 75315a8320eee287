package io.oneshelf.guide.sop;

import io.oneshelf.org.Brands;
import io.oneshelf.social.GroupFailed;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The "group buy failed" rules: a task per paid member of the failed group, once per group (its occurrence). */
@Component
class GroupFailures {

    private final SopRules rules;
    private final TaskMaker tasks;
    private final Brands brands;

    GroupFailures(SopRules rules, TaskMaker tasks, Brands brands) {
        this.rules = rules;
        this.tasks = tasks;
        this.brands = brands;
    }

    @ApplicationModuleListener
    void on(GroupFailed e) {
        LocalDate today = LocalDate.now(brands.zoneOf(e.brandId()));
        rules.enabled(e.brandId(), false).forEach(r -> tasks.make(e.brandId(), r, today, e.groupId()));
    }
}
