package io.oneshelf.order.routing;

import java.math.BigDecimal;

public record Destination(BigDecimal latitude, BigDecimal longitude) {
}
