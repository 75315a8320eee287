package io.oneshelf.guide.roster;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A brand's guide rules. A brand that never set them has {@link #DEFAULTS} at version 0: first binding wins, no
 * commission.
 */
public record GuideRules(
        @Schema(description = "FIRST_WINS: a customer bound to a guide stays theirs until a manager assigns or hands "
                + "them over; LINK_REBINDS: another guide's share link also moves them (the last link wins). Being "
                + "served at the till never moves a bound customer", requiredMode = Schema.RequiredMode.REQUIRED)
        BindingRule bindingRule,
        @Schema(description = "Commission in basis points (1/100 %) of the goods' apportioned paid amount of each "
                + "order credited to a guide, 0 to 5000", example = "300", requiredMode = Schema.RequiredMode.REQUIRED)
        int commissionBp,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int version) {

    public static final GuideRules DEFAULTS = new GuideRules(BindingRule.FIRST_WINS, 0, 0);

    /** How a share link treats a customer bound to another guide. */
    public enum BindingRule { FIRST_WINS, LINK_REBINDS }
}
