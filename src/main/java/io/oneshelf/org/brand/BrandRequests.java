package io.oneshelf.org.brand;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The bodies of brand requests. */
final class BrandRequests {

    /** The languages the server speaks, as stored in {@code tenant.default_language}. */
    static final String LANGUAGES = "zh-CN|en";

    private BrandRequests() {
    }

    record SetBrandDefaultLanguage(
            @NotNull @Pattern(regexp = LANGUAGES, message = "{validation.language}")
            @Schema(description = "zh-CN (简体中文) or en (English)", example = "en")
            String defaultLanguage) {
    }
}
