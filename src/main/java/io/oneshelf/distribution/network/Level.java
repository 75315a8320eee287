package io.oneshelf.distribution.network;

/**
 * A brand's distributor level and what its distributors earn by default, in basis points of a referred order's
 * lines as paid: {@code firstBp} as the customer's referrer, {@code secondBp} as the referrer's inviter.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributorLevel")
public record Level(int level, String name, int firstBp, int secondBp) {
}
