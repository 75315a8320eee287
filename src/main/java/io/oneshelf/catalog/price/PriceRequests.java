package io.oneshelf.catalog.price;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.price.PricePolicy.StoreOverride;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The bodies and answers of price requests. */
final class PriceRequests {

    private PriceRequests() {
    }

    /** The complete set of price rows of a SKU; saving it replaces the previous set. */
    record SkuPrices(UUID skuId, @NotNull @Size(max = 500) List<@Valid @NotNull Price> prices) {

        static SkuPrices of(UUID skuId, List<PriceRow> rows) {
            return new SkuPrices(skuId, rows.stream().map(Price::of).toList());
        }

        List<PriceRow> rows() {
            return prices.stream().map(Price::row).toList();
        }
    }

    record Price(@NotNull PriceKind kind,
                 @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String tierCode,
                 SalesChannel channel, UUID storeId, @NotNull @PositiveOrZero Long priceFen,
                 OffsetDateTime validFrom, OffsetDateTime validTo) {

        static Price of(PriceRow r) {
            return new Price(r.kind(), r.tierCode(), r.channel(), r.storeId(), r.priceFen(),
                    r.validFrom() == null ? null : r.validFrom().atOffset(ZoneOffset.UTC),
                    r.validTo() == null ? null : r.validTo().atOffset(ZoneOffset.UTC));
        }

        PriceRow row() {
            return new PriceRow(kind, tierCode, channel, storeId, priceFen,
                    validFrom == null ? null : validFrom.toInstant(), validTo == null ? null : validTo.toInstant());
        }
    }

    record Policy(@NotNull StoreOverride storeOverride, @NotNull @Min(0) @Max(100) Integer bandPercent,
                  @NotNull Integer version) {

        PricePolicy policy() {
            return new PricePolicy(storeOverride, bandPercent);
        }
    }
}
