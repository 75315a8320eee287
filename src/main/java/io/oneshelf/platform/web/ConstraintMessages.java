package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Map;

/**
 * Bean Validation failures as our own message codes ({@code validation.*}) with the constraint's actual limits,
 * so that a 300-character name reads "at most 100 characters" / "最多 100 字" rather than the validator's wording.
 * An annotation may name its own code as {@code message = "{validation.code-32}"}.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    static Message of(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{validation.") && template.endsWith("}")) {
            return Message.of(template.substring(1, template.length() - 1));
        }
        ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
        Map<String, Object> limits = constraint.getAttributes();
        Object value = violation.getInvalidValue();
        return switch (constraint.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Message.of("validation.required");
            case "Size" -> size(value, (Integer) limits.get("min"), (Integer) limits.get("max"));
            case "Min", "DecimalMin" -> Message.of("validation.min", limits.get("value"));
            case "Max", "DecimalMax" -> Message.of("validation.max", limits.get("value"));
            case "Positive" -> Message.of("validation.positive");
            case "PositiveOrZero" -> Message.of("validation.positive-or-zero");
            case "Pattern" -> Message.of("validation.pattern");
            case "Email" -> Message.of("validation.email");
            default -> Message.of("validation.invalid");
        };
    }

    private static Message size(Object value, int min, int max) {
        String unit = value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[]
                ? "items" : "text";
        if (min <= 0) {
            return Message.of("validation.size." + unit + ".max", max);
        }
        if (max == Integer.MAX_VALUE) {
            return Message.of("validation.size." + unit + ".min", min);
        }
        return Message.of("validation.size." + unit + ".range", min, max);
    }
}
