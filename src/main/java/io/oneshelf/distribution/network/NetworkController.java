package io.oneshelf.distribution.network;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The console's distribution network: settings, levels, distributors and their approval, customers' bindings. */
@RestController
@Tag(name = "Distribution")
class NetworkController {

    private final SettingsStore settings;
    private final LevelStore levels;
    private final DistributorStore store;
    private final Distributors distributors;
    private final ReferralStore referrals;
    private final MemberNames people;

    NetworkController(SettingsStore settings, LevelStore levels, DistributorStore store, Distributors distributors,
                      ReferralStore referrals, MemberNames people) {
        this.people = people;
        this.settings = settings;
        this.levels = levels;
        this.store = store;
        this.distributors = distributors;
        this.referrals = referrals;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EditDistributionSettings")
    record EditSettings(@NotNull DistributionSettings.BindingRule bindingRule,
                        @NotNull @Min(1) @Max(3650) Integer bindingDays,
                        @NotNull @Min(0) @Max(3650) Integer protectionDays,
                        @NotNull @Min(0) @Max(365) Integer returnWindowDays,
                        @NotNull @Min(1) @Max(100_000_000) Long minWithdrawal, @NotNull @Min(0) Integer version) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EditDistributorLevel")
    record EditLevel(@NotNull @Min(1) @Max(9) Integer level, @NotBlank @Size(max = 40) String name,
                     @NotNull @Min(0) @Max(5000) Integer firstBp,
                     @NotNull @Min(0) @Max(5000) Integer secondBp) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DecideDistributor")
    record Decide(@NotNull Distributor.Status status, @NotNull @Min(1) @Max(9) Integer level,
                  @NotNull @Min(0) Integer version) {
    }

    @GetMapping("/api/v1/distribution/settings")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "getDistributionSettings", summary = "Your brand's distribution settings (first touch, "
            + "30 days' binding, no protection, a 7-day return window, version 0, until first set)")
    DistributionSettings settings() {
        return settings.of(Actor.current().tenantId());
    }

    @PutMapping("/api/v1/distribution/settings")
    @PreAuthorize("hasAuthority('distribution:manage')")
    @Operation(operationId = "setDistributionSettings", summary = "Set the binding rule, binding lifetime, "
            + "protection period, return window and least withdrawal (brand-wide only; send the version you read, "
            + "409 stale-version otherwise); a protection longer than the binding is 400 on protectionDays")
    DistributionSettings set(@Valid @RequestBody EditSettings b) {
        return settings.set(Actor.current(), new DistributionSettings(b.bindingRule(), b.bindingDays(),
                b.protectionDays(), b.returnWindowDays(), b.minWithdrawal(), b.version()));
    }

    @GetMapping("/api/v1/distribution/levels")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "listDistributorLevels", summary = "The brand's distributor levels and their rates",
            description = "A small bounded list (at most 9 levels), answered as a bare JSON array.")
    List<Level> levels() {
        return levels.all(Actor.current().tenantId());
    }

    @PutMapping("/api/v1/distribution/levels")
    @PreAuthorize("hasAuthority('distribution:manage')")
    @Operation(operationId = "putDistributorLevel", summary = "Define a level (1–9, in the body) or change its "
            + "name and rates (basis points of a referred order's paid lines, as referrer and as the referrer's "
            + "inviter); orders paid from now on earn at them")
    Level putLevel(@Valid @RequestBody EditLevel b) {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("distribution.brand-wide-only");
        }
        return levels.put(actor, new Level(b.level(), b.name(), b.firstBp(), b.secondBp()));
    }

    @GetMapping("/api/v1/distributors")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "listDistributors", summary = "The brand's distributors and applications, newest "
            + "first, of one status if given, a page at a time, with the member's name, the level's name and the "
            + "inviter's code")
    Page<DistributorListing> list(@RequestParam(required = false) Distributor.Status status,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        UUID brand = Actor.current().tenantId();
        Map<Integer, String> levelNames = levelNames(brand);
        return Page.of(store.list(brand, status, before, size + 1), size, Distributor::id)
                .map(d -> listed(brand, d, levelNames));
    }

    private Map<Integer, String> levelNames(UUID brand) {
        return levels.all(brand).stream().collect(Collectors.toMap(Level::level, Level::name));
    }

    private DistributorListing listed(UUID brand, Distributor d, Map<Integer, String> levelNames) {
        String inviter = d.inviterId() == null ? null
                : store.find(brand, d.inviterId()).map(Distributor::code).orElse(null);
        return DistributorListing.of(d, people.toStaff(brand, d.customerId()), levelNames.get(d.level()), inviter);
    }

    @PostMapping("/api/v1/distributors/{id}/decision")
    @PreAuthorize("hasAuthority('distribution:manage')")
    @Operation(operationId = "decideDistributor", summary = "Approve or reject an application, freeze an approved "
            + "distributor or approve a frozen one again, at a defined level (send the version you read). A "
            + "decision its status does not allow is 409 on status; an undefined level 400 on level. Answers the "
            + "distributor as listed")
    DistributorListing decide(@PathVariable UUID id, @Valid @RequestBody Decide b) {
        Actor actor = Actor.current();
        Distributor after = distributors.decide(actor, id, b.status(), b.level(), b.version());
        return listed(actor.tenantId(), after, levelNames(actor.tenantId()));
    }

    @GetMapping("/api/v1/distribution/bindings")
    @PreAuthorize("hasAuthority('distribution:read')")
    @Operation(operationId = "listDistributionBindings", summary = "A customer's bindings to referrers, newest "
            + "first (the current one: endedAt null and expiresAt ahead)",
            description = "A small bounded list (a customer's bindings, at most 100), answered as a bare JSON array.")
    List<Referral> bindings(@RequestParam UUID customerId) {
        return referrals.history(Actor.current().tenantId(), customerId);
    }
}
