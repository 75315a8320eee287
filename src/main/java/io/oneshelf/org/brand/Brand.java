package io.oneshelf.org.brand;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * The caller's brand (tenant): what it is and its settings.
 *
 * @param defaultLanguage the language of server messages for a request without {@code Accept-Language}
 */
record Brand(UUID id, String code, String name, String currency, String timeZone,
             @Schema(description = "Server messages for a request without Accept-Language: zh-CN or en")
             String defaultLanguage) {
}
