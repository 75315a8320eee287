package io.oneshelf.guide.sop;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.member.Customers;
import io.oneshelf.org.StaffRoster;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SOP task inbox: a guide's own tasks and their store's pool; a manager's, those of the stores in scope (or of
 * one guide or store). Completion, and each rule's results.
 */
@RestController
@Tag(name = "SOP")
class SopTaskController {

    private final SopTasks tasks;
    private final GuideAccess guides;
    private final Customers customers;

    SopTaskController(SopTasks tasks, GuideAccess guides, Customers customers) {
        this.tasks = tasks;
        this.guides = guides;
        this.customers = customers;
    }

    @GetMapping("/api/v1/sop-tasks")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listSopTasks", summary = "SOP tasks, newest first, a page at a time: a guide's own and "
            + "their store's pool; otherwise of a guide, a store, or every store in your scope; optionally only OPEN "
            + "or DONE, or only the overdue")
    Page<SopViews.TaskView> list(@RequestParam(required = false) UUID guideId,
                                 @RequestParam(required = false) UUID storeId,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) Boolean overdue,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        if (status != null && !status.matches("OPEN|DONE")) {
            throw Rejection.invalid("status", "sop.task.status");
        }
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(tasks.list(actor.tenantId(), inbox(actor, guideId, storeId), status,
                Boolean.TRUE.equals(overdue), before, size + 1), size, SopTask::id).map(t -> view(actor, t));
    }

    @PostMapping("/api/v1/sop-tasks/{id}/complete")
    @PreAuthorize("hasAuthority('guide:task')")
    @Operation(operationId = "completeSopTask", summary = "Complete a task of yours or your store's pool (a manager: "
            + "of a store in scope) with a note; a task already done is 409")
    SopViews.TaskView complete(@PathVariable UUID id, @Valid @RequestBody SopViews.Completion body) {
        Actor actor = Actor.current();
        SopTask task = tasks.find(actor.tenantId(), id).filter(t -> visible(actor, t))
                .orElseThrow(() -> Rejection.notFound("sop-task"));
        return view(actor, tasks.complete(actor.tenantId(), task, actor.id(), body.note()));
    }

    /** The task with its customer's name: a page holds at most a hundred, each found by its key. */
    private SopViews.TaskView view(Actor actor, SopTask t) {
        return SopViews.TaskView.of(t, customers.find(actor.tenantId(), t.customerId()).orElse(null));
    }

    @GetMapping("/api/v1/sop-results")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listSopResults", summary = "Each rule's results over the tasks in view (as for the "
            + "inbox): tasks, done, overdue, converted (the customer paid an order within the rule's window) and "
            + "their amount",
            description = "A small bounded list (one row per rule), answered as a bare JSON array.")
    List<SopTasks.Result> results(@RequestParam(required = false) UUID guideId,
                                  @RequestParam(required = false) UUID storeId) {
        Actor actor = Actor.current();
        return tasks.results(actor.tenantId(), inbox(actor, guideId, storeId));
    }

    private SopTasks.Inbox inbox(Actor actor, UUID guideId, UUID storeId) {
        if (GuideAccess.ownOnly(actor) || guideId != null) {
            StaffRoster.Member guide = guides.visibleGuide(actor, GuideAccess.ownOnly(actor) ? actor.id() : guideId);
            return new SopTasks.Inbox(guide.id(), guide.storeId().orElseThrow(), Set.of());
        }
        if (storeId != null) {
            return new SopTasks.Inbox(null, null, Set.of(guides.visibleStore(actor, storeId).id()));
        }
        return new SopTasks.Inbox(null, null, guides.storesVisibleTo(actor));
    }

    private boolean visible(Actor actor, SopTask t) {
        if (GuideAccess.ownOnly(actor)) {
            return actor.id().equals(t.guideId()) || t.guideId() == null && t.storeId().equals(actor.scopeId());
        }
        return guides.reaches(actor, t.storeId());
    }
}
