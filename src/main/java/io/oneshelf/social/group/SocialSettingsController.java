package io.oneshelf.social.group;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The brand's group buy setting: whether a group out of time with paid members is completed by virtual members. */
@RestController
@Tag(name = "Group buys")
class SocialSettingsController {

    private final SocialSettings settings;
    private final AuditLog audit;

    SocialSettingsController(SocialSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/api/v1/social-settings")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getSocialSettings", summary = "Whether groups out of time are completed by virtual "
            + "members (自动成团, shown as such in reports) instead of failing and refunding, with the version")
    GroupBuyViews.Settings get() {
        SocialSettings.Settings s = settings.of(Actor.current().tenantId());
        return new GroupBuyViews.Settings(s.virtualMembers(), s.version());
    }

    @PutMapping("/api/v1/social-settings")
    @PreAuthorize("hasAuthority('price:write')")
    @Transactional
    @Operation(operationId = "putSocialSettings", summary = "Set whether groups out of time are completed by virtual "
            + "members (brand-wide staff, with the version read; 0 before the first change)")
    GroupBuyViews.Settings put(@Valid @RequestBody GroupBuyViews.Settings body) {
        io.oneshelf.social.share.CampaignDesk.By by = GroupBuyController.by();
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        SocialSettings.Settings before = settings.of(by.brandId());
        if (!settings.save(by.brandId(), body.virtualMembers(), body.version())) {
            throw Rejection.staleVersion();
        }
        SocialSettings.Settings after = settings.of(by.brandId());
        audit.record(by.brandId(), by.actorId(), by.actorName(), "social-settings.update", "social_settings",
                by.brandId(), before, after);
        return new GroupBuyViews.Settings(after.virtualMembers(), after.version());
    }
}
