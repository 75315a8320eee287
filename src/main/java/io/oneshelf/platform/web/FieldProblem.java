package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import org.springframework.context.MessageSourceResolvable;

/**
 * One offending input field of a rejected request, before its message is put into the reader's language;
 * it is written as a {@link FieldError}. {@code field} is named as the client sent it and never translated.
 */
public record FieldProblem(String field, MessageSourceResolvable message) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, Message.of(code, args));
    }
}
