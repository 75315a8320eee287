package io.oneshelf.voucher.book;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A SKU sold as a service voucher: each unit bought gives {@code uses} uses, valid {@code validDays} days. */
record VoucherPlan(
        UUID skuId,
        @Schema(description = "Uses a voucher gives, 1 to 1000", example = "5") int uses,
        @Schema(description = "Days a voucher is valid from its payment, 1 to 3660", example = "180") int validDays,
        int version) {
}
