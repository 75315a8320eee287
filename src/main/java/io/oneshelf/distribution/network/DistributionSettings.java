package io.oneshelf.distribution.network;

/**
 * A brand's distribution settings: how a share link binds a customer ({@code FIRST_TOUCH}: the first referrer keeps
 * them while the binding lasts; {@code LAST_TOUCH}: a later link rebinds them once the protection period of the
 * current binding is over), how many days a binding lasts, the return window after which an order's commission
 * becomes available, and the least a distributor may withdraw (fen). Version 0 until first set.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributionSettings")
public record DistributionSettings(BindingRule bindingRule, int bindingDays, int protectionDays,
                                   int returnWindowDays, long minWithdrawal, int version) {

    public enum BindingRule { FIRST_TOUCH, LAST_TOUCH }

    public static final DistributionSettings DEFAULTS =
            new DistributionSettings(BindingRule.FIRST_TOUCH, 30, 0, 7, 100, 0);
}
