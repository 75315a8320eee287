package io.oneshelf.catalog.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A dimension in which the variants of a product differ, e.g. 杯型 with 中杯 and 大杯. */
public record SpecAttribute(@NotBlank @Size(max = 30) String name,
                     @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 30) String> values) {
}
