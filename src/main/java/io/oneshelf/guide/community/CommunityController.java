package io.oneshelf.guide.community;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.member.Customers;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Community groups (社群) of the stores in scope: set up by managers, run by a guide or the store; members,
 * broadcasts (a guide only to the groups they run) and their activity and attributed sales.
 */
@RestController
@Tag(name = "Community")
class CommunityController {

    private final Communities groups;
    private final Broadcasts broadcasts;
    private final GuideAccess guides;
    private final Customers customers;

    CommunityController(Communities groups, Broadcasts broadcasts, GuideAccess guides, Customers customers) {
        this.groups = groups;
        this.broadcasts = broadcasts;
        this.guides = guides;
        this.customers = customers;
    }

    /** A group to set up: its store, the guide who runs it (none: the store), its chat on the provider. */
    record NewGroup(@NotBlank @Size(max = 80) String name, @NotNull UUID storeId, UUID guideId,
                    @Pattern(regexp = "WECOM|WECHAT_TEMPLATE") String channel,
                    @NotBlank @Size(max = 128) String externalId) {
    }

    /** Customers joining a group. */
    record NewMembers(@NotEmpty @Size(max = 200) List<@NotNull UUID> customerIds) {
    }

    /** A member as the console lists them: name and masked phone (null when the customer is gone). */
    @Schema(name = "CommunityMember")
    record Member(UUID customerId, String name, String phone) {
    }

    /** The members added (those already in are not counted). */
    record Joined(int added) {
    }

    /** A broadcast: text, and a content, group-buy or coupon link; orders count for it within attributionDays. */
    @Schema(name = "CommunityBroadcastBody")
    record NewBroadcast(@NotNull Broadcast.Kind kind, @NotBlank @Size(max = 500) String text,
                        @Size(max = 500) String link, @Min(1) @Max(30) Integer attributionDays) {
    }

    @PostMapping("/api/v1/community-groups")
    @PreAuthorize("hasAuthority('sop:manage')")
    @ApiResponse(responseCode = "201", description = "The group", useReturnTypeSchema = true)
    @Operation(operationId = "createCommunityGroup", summary = "Set up a community group of a store in your scope, "
            + "mapped to its WeCom/WeChat chat, run by one of the store's guides or by the store")
    ResponseEntity<CommunityGroup> create(@Valid @RequestBody NewGroup body) {
        Actor actor = Actor.current();
        UUID store = guides.visibleStore(actor, body.storeId()).id();
        UUID guide = body.guideId() == null ? null : guides.namedGuide(actor, body.guideId(), "guideId").id();
        if (guide != null && !store.equals(guides.guide(actor.tenantId(), guide).orElseThrow().storeId()
                .orElseThrow())) {
            throw Rejection.invalid("guideId", "guide.unknown");
        }
        UUID id = groups.create(actor.tenantId(), body.name(), store, guide,
                body.channel() == null ? "WECOM" : body.channel(), body.externalId());
        return ResponseEntity.status(201).body(groups.find(actor.tenantId(), id).orElseThrow());
    }

    @GetMapping("/api/v1/community-groups")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listCommunityGroups", summary = "Community groups with their activity (members, "
            + "broadcasts, attributed orders and sales), newest first, a page at a time: a guide's own, otherwise of "
            + "a store or every store in your scope")
    Page<CommunityGroup> list(@RequestParam(required = false) UUID storeId,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        Set<UUID> stores = storeId != null ? Set.of(guides.visibleStore(actor, storeId).id())
                : guides.storesVisibleTo(actor);
        UUID guide = GuideAccess.ownOnly(actor) ? actor.id() : null;
        return Page.of(groups.list(actor.tenantId(), stores, guide, before, size + 1), size, CommunityGroup::id);
    }

    @GetMapping("/api/v1/community-groups/{id}/members")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listCommunityMembers", summary = "The customers in a group, in the order they joined",
            description = "At most the group's members (a WeCom customer group holds at most 500), answered as a "
                    + "bare JSON array.")
    List<Member> members(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return groups.members(actor.tenantId(), visible(actor, id).id()).stream()
                .map(c -> customers.find(actor.tenantId(), c)
                        .map(m -> new Member(c, m.name(), PhoneNumber.masked(m.phone())))
                        .orElse(new Member(c, null, null)))
                .toList();
    }

    @PostMapping("/api/v1/community-groups/{id}/members")
    @PreAuthorize("hasAuthority('sop:manage')")
    @Operation(operationId = "addCommunityMembers", summary = "Add customers of the brand to a group (those already "
            + "in stay once)")
    Joined join(@PathVariable UUID id, @Valid @RequestBody NewMembers body) {
        Actor actor = Actor.current();
        CommunityGroup group = visible(actor, id);
        for (int i = 0; i < body.customerIds().size(); i++) {
            if (customers.find(actor.tenantId(), body.customerIds().get(i)).isEmpty()) {
                throw Rejection.invalid("customerIds[" + i + "]", "community.member.unknown");
            }
        }
        return new Joined(groups.join(actor.tenantId(), group.id(), body.customerIds()));
    }

    @PostMapping("/api/v1/community-groups/{id}/broadcasts")
    @PreAuthorize("hasAuthority('guide:task')")
    @ApiResponse(responseCode = "201", description = "The broadcast", useReturnTypeSchema = true)
    @Operation(operationId = "broadcastToCommunity", summary = "Broadcast content, a group-buy or a coupon link to "
            + "a group: it reaches the members who consented to marketing on WeChat, the others are refused (in the "
            + "outbox); a guide broadcasts only to the groups they run")
    ResponseEntity<Broadcast> broadcast(@PathVariable UUID id, @Valid @RequestBody NewBroadcast body) {
        Actor actor = Actor.current();
        CommunityGroup group = visible(actor, id);
        if (GuideAccess.ownOnly(actor) && !actor.id().equals(group.guideId())) {
            throw Rejection.forbidden("community.group.not-yours");
        }
        return ResponseEntity.status(201).body(broadcasts.send(new Broadcasts.Send(actor.tenantId(), group,
                body.kind(), body.text(), body.link(),
                body.attributionDays() == null ? 7 : body.attributionDays(), actor.id())));
    }

    @GetMapping("/api/v1/community-groups/{id}/broadcasts")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listCommunityBroadcasts", summary = "A group's broadcasts, newest first, with whom "
            + "each reached and the orders and sales attributed to it",
            description = "The latest 200 broadcasts, answered as a bare JSON array.")
    List<Broadcast> broadcasts(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return broadcasts.list(actor.tenantId(), visible(actor, id).id(), null);
    }

    private CommunityGroup visible(Actor actor, UUID id) {
        return groups.find(actor.tenantId(), id).filter(g -> guides.reaches(actor, g.storeId()))
                .orElseThrow(() -> Rejection.notFound("community-group"));
    }
}
