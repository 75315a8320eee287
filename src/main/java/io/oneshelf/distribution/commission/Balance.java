package io.oneshelf.distribution.commission;

/**
 * A distributor's money in fen: {@code pending} (orders still in their return window), {@code available} (settled,
 * less what withdrawals hold or paid; what may be withdrawn now), {@code requested} (held by withdrawals staff have
 * not decided yet) and {@code withdrawn} (paid out).
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributorBalance")
record Balance(long pending, long available, long requested, long withdrawn) {
}
