package io.oneshelf.org.warehouse;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

final class WarehouseRequests {

    private WarehouseRequests() {
    }

    record CreateWarehouse(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String code,
            @NotBlank @Size(max = 100) String name,
            UUID regionId,
            @NotBlank @Size(max = 300) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

        WarehouseService.Create command() {
            return new WarehouseService.Create(code, name, regionId, address, latitude, longitude);
        }
    }

    record EditWarehouse(
            @NotBlank @Size(max = 100) String name,
            UUID regionId,
            @NotBlank @Size(max = 300) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull Integer version) {

        WarehouseService.Edit command() {
            return new WarehouseService.Edit(name, regionId, address, latitude, longitude, version);
        }
    }

    record CloseWarehouse(@NotBlank @Size(max = 200) String reason) {
    }
}
