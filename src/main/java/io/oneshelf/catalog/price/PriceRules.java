package io.oneshelf.catalog.price;

import java.util.List;

/** Everything resolution needs to know about one SKU: its price rows and the brand's policy. */
public record PriceRules(List<PriceRow> rows, PricePolicy policy) {
}
