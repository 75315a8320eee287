package io.oneshelf.guide.binding;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.member.Customers;
import io.oneshelf.org.StaffNames;
import io.oneshelf.org.StaffRoster;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers' exclusive guides: a manager's assignment, a customer's binding history, a guide's customers. */
@RestController
@Tag(name = "Guides")
class BindingController {

    private final Bindings bindings;
    private final BindingStore store;
    private final GuideAccess guides;
    private final Customers customers;
    private final StaffNames names;

    BindingController(Bindings bindings, BindingStore store, GuideAccess guides, Customers customers,
                      StaffNames names) {
        this.bindings = bindings;
        this.store = store;
        this.guides = guides;
        this.customers = customers;
        this.names = names;
    }

    @PostMapping("/api/v1/guide-bindings")
    @PreAuthorize("hasAuthority('guide:manage')")
    @ApiResponse(responseCode = "201", description = "The customer's binding now", useReturnTypeSchema = true)
    @Operation(operationId = "assignGuide", summary = "Bind a customer to a guide of a store in your scope (a "
            + "manager's assignment replaces any binding they have; one to a store outside your scope is 403)")
    ResponseEntity<BindingViews.GuideBinding> assign(@Valid @RequestBody BindingViews.AssignGuide body) {
        Actor actor = Actor.current();
        StaffRoster.Member guide = guides.namedGuide(actor, body.guideId(), "guideId");
        customers.find(actor.tenantId(), body.customerId())
                .orElseThrow(() -> Rejection.invalid("customerId", "guide.customer.unknown"));
        bindings.current(actor.tenantId(), body.customerId()).filter(b -> b.storeId() != null)
                .filter(b -> !guides.reaches(actor, b.storeId())).ifPresent(b -> {
                    throw Rejection.forbidden("guide.customer.other-store");
                });
        bindings.bind(new Bindings.Bind(actor.tenantId(), body.customerId(), guide.id(),
                guide.storeId().orElseThrow(), Binding.Source.ASSIGNED, actor.id()));
        Binding now = bindings.current(actor.tenantId(), body.customerId()).orElseThrow();
        return ResponseEntity.status(201).body(BindingViews.GuideBinding.of(now, names(actor, List.of(now))));
    }

    @GetMapping("/api/v1/guide-bindings")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listGuideBindings", summary = "A customer's guide bindings, newest first (current: "
            + "endedAt null), those of stores in your scope",
            description = "A small bounded list (a customer's few bindings), answered as a bare JSON array.")
    List<BindingViews.GuideBinding> history(@RequestParam UUID customerId) {
        Actor actor = Actor.current();
        customers.find(actor.tenantId(), customerId).orElseThrow(() -> Rejection.notFound("customer"));
        List<Binding> seen = store.history(actor.tenantId(), customerId).stream()
                .filter(b -> b.storeId() != null && guides.reaches(actor, b.storeId()))
                .filter(b -> !GuideAccess.ownOnly(actor) || actor.id().equals(b.guideId())).toList();
        Map<UUID, String> named = names(actor, seen);
        return seen.stream().map(b -> BindingViews.GuideBinding.of(b, named)).toList();
    }

    @GetMapping("/api/v1/guides/{id}/customers")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listGuideCustomers", summary = "The customers bound to a guide now, newest first, a "
            + "page at a time (a guide sees only their own)")
    Page<BindingViews.BoundCustomer> customers(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                               @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        StaffRoster.Member guide = guides.visibleGuide(actor, id);
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        boolean full = actor.can(Permission.CUSTOMER_PHONE);
        return Page.of(store.ofGuide(actor.tenantId(), guide.id(), before, size + 1), size, Binding::id)
                .map(b -> BindingViews.BoundCustomer.of(b,
                        customers.find(actor.tenantId(), b.customerId()).orElse(null), full));
    }

    private Map<UUID, String> names(Actor actor, List<Binding> seen) {
        return names.of(actor.tenantId(), seen.stream().flatMap(b -> Stream.of(b.guideId(), b.byStaffId()))
                .toList());
    }
}
