package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a raw query string the way Tomcat will ({@code &}-separated, {@code +} is a space, UTF-8) and finds what
 * is wrong with it.
 */
final class QueryString {

    private QueryString() {
    }

    /** What is wrong, for which parameter ({@code null} when the parameter has no readable name). */
    record Fault(String parameter, Message message) {
    }

    static Fault check(String query) {
        for (String chunk : query.split("&")) {
            if (chunk.isEmpty()) {
                continue;
            }
            int eq = chunk.indexOf('=');
            String rawName = eq < 0 ? chunk : chunk.substring(0, eq);
            if (rawName.isEmpty()) {
                return new Fault(null, Message.of("problem.query.nameless"));
            }
            String name = decode(rawName);
            if (name == null) {
                return new Fault(null, Message.of("problem.query.name-not-utf8"));
            }
            if (name.indexOf('\0') >= 0) {
                return new Fault(null, Message.of("problem.query.name-nul"));
            }
            String value = eq < 0 ? "" : decode(chunk.substring(eq + 1));
            if (value == null) {
                return new Fault(name, Message.of("problem.query.value-not-utf8"));
            }
            if (value.indexOf('\0') >= 0) {
                return new Fault(name, Message.of("problem.field.nul"));
            }
        }
        return null;
    }

    /** The decoded text, or {@code null} when an escape is broken or the bytes are not UTF-8. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
