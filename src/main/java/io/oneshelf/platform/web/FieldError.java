package io.oneshelf.platform.web;

/** One offending input field of a rejected request, named as the client sent it (JSON property or parameter). */
public record FieldError(String field, String message) {
}
