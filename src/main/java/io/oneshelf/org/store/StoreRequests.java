package io.oneshelf.org.store;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.oneshelf.org.store.Store.StoreKind;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;

/** The bodies of store requests. */
final class StoreRequests {

    private StoreRequests() {
    }

    record CreateStore(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull StoreKind kind,
            @NotNull UUID regionId,
            UUID franchiseeId,
            @NotBlank @Size(max = 300) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull LocalTime opensAt,
            @NotNull LocalTime closesAt,
            @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{validation.phone}") String phone) {

        StoreService.Open command() {
            return new StoreService.Open(code, new StoreDetails(name, kind, regionId, franchiseeId, address,
                    latitude, longitude, opensAt, closesAt, blankToNull(phone)));
        }
    }

    record EditStore(
            @NotBlank @Size(max = 100) String name,
            @NotNull StoreKind kind,
            @NotNull UUID regionId,
            UUID franchiseeId,
            @NotBlank @Size(max = 300) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull LocalTime opensAt,
            @NotNull LocalTime closesAt,
            @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{validation.phone}") String phone,
            @NotNull Integer version) {

        StoreService.Edit command() {
            return new StoreService.Edit(new StoreDetails(name, kind, regionId, franchiseeId, address, latitude,
                    longitude, opensAt, closesAt, blankToNull(phone)), version);
        }
    }

    record CloseStore(@NotBlank @Size(max = 200) String reason) {
    }

    record ReopenStore() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
