package io.oneshelf.guide.binding;

import io.oneshelf.guide.roster.GuideRules;
import java.util.UUID;

/**
 * When a new binding replaces the current one (decision 0051). A customer bound to nobody, or waiting in a store's
 * pool, is bound by whatever comes first. A manager's assignment or handover always moves them. Otherwise the first
 * guide keeps them: being served at the till by another guide never moves them, and another guide's share link
 * moves them only under the brand's {@code LINK_REBINDS} rule. Binding to the guide they have changes nothing.
 */
final class BindingPolicy {

    private BindingPolicy() {
    }

    static boolean moves(GuideRules.BindingRule rule, Binding.Source source, Binding current, UUID guideId,
                         UUID storeId) {
        if (current == null) {
            return true;
        }
        boolean same = guideId == null ? current.toPool() && storeId.equals(current.storeId())
                : guideId.equals(current.guideId());
        if (same) {
            return false;
        }
        if (source == Binding.Source.ASSIGNED || source == Binding.Source.HANDOVER || current.toPool()) {
            return true;
        }
        return source == Binding.Source.LINK && rule == GuideRules.BindingRule.LINK_REBINDS;
    }
}
