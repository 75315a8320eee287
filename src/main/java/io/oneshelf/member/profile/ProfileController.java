package io.oneshelf.member.profile;

import io.oneshelf.member.IdentityKind;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.member.customer.CustomerBook;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's customers (会员): the list with search and filters, the 360° profile, manual tags, and merging two
 * customers who are one person (undone or confirmed by an admin later). Customers belong to the whole brand, so
 * every scope of the brand reads every customer; phones are masked unless the role has {@code customer:phone}.
 * Tagging and merging need {@code customer:manage}.
 */
@RestController
@Validated
@Tag(name = "Customers")
class ProfileController {

    private static final String CUSTOMERS = "/api/v1/customers";
    private static final String MERGES = "/api/v1/customer-merges";

    private final CustomerDirectory directory;
    private final CustomerBook book;
    private final CustomerViews views;
    private final CustomerTags tags;
    private final CustomerMerges merges;
    private final Places places;
    private final TagRules rules;

    ProfileController(CustomerDirectory directory, CustomerBook book, CustomerViews views, CustomerTags tags,
                      CustomerMerges merges, Places places, TagRules rules) {
        this.rules = rules;
        this.directory = directory;
        this.book = book;
        this.views = views;
        this.tags = tags;
        this.merges = merges;
        this.places = places;
    }

    @Schema(name = "TagCustomerRequest")
    record TagBody(@NotNull @Size(max = 20) String tag) {
    }

    @Schema(name = "MergeCustomersRequest")
    record MergeBody(@NotNull UUID mergedId) {
    }

    @GetMapping(CUSTOMERS)
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "listCustomers", summary = "The brand's customers, newest first, searched and filtered",
            description = "`phone` finds the one customer with that mobile number (the one they were merged into, "
                    + "when they were); `memberCode` the customer whose member QR was scanned (400 when it is not "
                    + "a valid, unexpired code of the brand); `q` searches part of a phone number (3+ digits), a name, or a whole card "
                    + "number; `tag`, `storeId` (the store that registered them) and `registeredFrom`/`registeredTo` "
                    + "filter. Customers merged into another are not listed. Filters combine.")
    Page<CustomerViews.Row> list(@RequestParam(required = false) @Size(max = 30) String phone,
                                 @RequestParam(required = false) @Size(max = 80) String memberCode,
                                 @RequestParam(required = false) @Size(max = 40) String q,
                                 @RequestParam(required = false) @Size(max = 20) String tag,
                                 @RequestParam(required = false) UUID storeId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 OffsetDateTime registeredFrom,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 OffsetDateTime registeredTo,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        UUID only = null;
        if (phone != null) {
            PhoneNumber number = PhoneNumber.parse(phone)
                    .orElseThrow(() -> Rejection.invalid("phone", "member.phone.invalid"));
            var found = book.find(actor.tenantId(), number);
            if (found.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            only = found.get().id();
        }
        if (memberCode != null) {
            only = book.findByIdentity(actor.tenantId(), IdentityKind.MEMBER_CODE, memberCode)
                    .orElseThrow(() -> Rejection.invalid("memberCode", "member.code.invalid")).id();
        }
        if (storeId != null && places.find(actor.tenantId(), storeId).filter(p -> p.kind() == PlaceRef.Kind.STORE)
                .isEmpty()) {
            throw Rejection.notFound("store");
        }
        if (registeredFrom != null && registeredTo != null && !registeredFrom.isBefore(registeredTo)) {
            throw Rejection.invalid("registeredTo", "member.list.period");
        }
        var filter = new CustomerDirectory.Filter(only, q, tag == null ? null : tag.strip(), storeId, registeredFrom,
                registeredTo, before);
        return Page.of(directory.list(actor.tenantId(), filter, size + 1), size, CustomerDirectory.Listed::id)
                .map(c -> views.row(c, actor));
    }

    @GetMapping(CUSTOMERS + "/{id}/profile")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getCustomerProfile", summary = "A customer's 360° profile: identities, tags, the store "
            + "that registered them, and whom they were merged into (mergedIntoId) if they were")
    CustomerViews.Profile profile(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return directory.find(actor.tenantId(), id).map(c -> views.profile(c, actor))
                .orElseThrow(() -> Rejection.notFound("customer"));
    }

    @GetMapping("/api/v1/customer-tags")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "listCustomerTags", summary = "The brand's tags in use, most used first",
            description = "At most 200, answered as a bare JSON array without paging: an exception to the "
                    + "{items, nextCursor} rule.")
    List<CustomerDirectory.TagCount> tagsInUse() {
        return directory.tags(Actor.current().tenantId());
    }

    @Schema(name = "TagRulesRun")
    record RulesRun(boolean ran, int added, int removed) {
    }

    @PostMapping("/api/v1/customer-tags/recompute")
    @PreAuthorize("hasAuthority('customer:manage')")
    @Operation(operationId = "recomputeCustomerTags", summary = "Recompute the brand's rule-based tags now (new-30d: "
            + "registered in the last 30 days; no-address: no delivery address); they are also recomputed every hour",
            description = "ran is false when another server instance is running the brand's rules at this moment.")
    RulesRun recompute() {
        TagRules.Outcome o = rules.run(Actor.current().tenantId());
        return new RulesRun(o.ran(), o.added(), o.removed());
    }

    @PostMapping(CUSTOMERS + "/{id}/tags")
    @PreAuthorize("hasAuthority('customer:manage')")
    @ApiResponse(responseCode = "204", description = "The customer carries the tag (also when they already did)")
    @Operation(operationId = "tagCustomer", summary = "Put a tag on a customer (1–20 letters, digits, spaces or "
            + "- _ .); 409 when the customer was merged into another")
    ResponseEntity<Void> tag(@PathVariable UUID id, @Valid @RequestBody TagBody body) {
        tags.tag(Actor.current(), id, body.tag());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(CUSTOMERS + "/{id}/tags/{tag}")
    @PreAuthorize("hasAuthority('customer:manage')")
    @ApiResponse(responseCode = "204", description = "The tag is off")
    @Operation(operationId = "untagCustomer", summary = "Take a tag off a customer; 404 when they do not carry it")
    ResponseEntity<Void> untag(@PathVariable UUID id, @PathVariable @Size(max = 20) String tag) {
        tags.untag(Actor.current(), id, tag);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(CUSTOMERS + "/{id}/merges")
    @PreAuthorize("hasAuthority('customer:manage')")
    @ApiResponse(responseCode = "201", description = "Merged; undo or confirm it at its Location",
            useReturnTypeSchema = true, headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "mergeCustomers", summary = "Merge the customer mergedId into this one (they are one "
            + "person): identities, addresses and tags move here, orders and accounts follow; 400 on mergedId when "
            + "it is this customer, 409 when either was already merged into another")
    ResponseEntity<CustomerViews.MergeView> merge(@PathVariable UUID id, @Valid @RequestBody MergeBody body) {
        Actor actor = Actor.current();
        CustomerViews.MergeView merge = views.merge(merges.merge(actor, id, body.mergedId()), actor);
        return ResponseEntity.created(URI.create(MERGES + "/" + merge.id())).body(merge);
    }

    @GetMapping(MERGES)
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "listCustomerMerges", summary = "Merges of the brand's customers, newest first; with "
            + "customerId those the customer took part in (as survivor or merged)")
    Page<CustomerViews.MergeView> merges(@RequestParam(required = false) UUID customerId,
                                         @RequestParam(required = false) String cursor,
                                         @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        if (customerId != null && directory.find(actor.tenantId(), customerId).isEmpty()) {
            throw Rejection.notFound("customer");
        }
        return Page.of(merges.list(actor.tenantId(), customerId, before, size + 1), size, CustomerMerges.Merge::id)
                .map(m -> views.merge(m, actor));
    }

    @GetMapping(MERGES + "/{id}")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getCustomerMerge", summary = "One merge of two customers")
    CustomerViews.MergeView mergeOf(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return merges.find(actor.tenantId(), id).map(m -> views.merge(m, actor))
                .orElseThrow(() -> Rejection.notFound("customer-merge"));
    }

    @PostMapping(MERGES + "/{id}/undo")
    @PreAuthorize("hasAuthority('customer:manage')")
    @Operation(operationId = "undoCustomerMerge", summary = "Undo a merge not yet confirmed: what moved moves back "
            + "and the merged customer is their own again; 409 once undone or confirmed")
    CustomerViews.MergeView undo(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return views.merge(merges.undo(actor, id), actor);
    }

    @PostMapping(MERGES + "/{id}/confirm")
    @PreAuthorize("hasAuthority('customer:manage')")
    @Operation(operationId = "confirmCustomerMerge", summary = "Confirm a merge: it can no longer be undone; 409 once "
            + "undone or confirmed")
    CustomerViews.MergeView confirm(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return views.merge(merges.confirm(actor, id), actor);
    }
}
