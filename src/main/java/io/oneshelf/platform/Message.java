package io.oneshelf.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * A text for a person, kept as a code of {@code messages.properties} / {@code messages_zh_CN.properties} and its
 * arguments, and turned into words only when it is written, in the reader's language (see {@link Texts}).
 * An argument that is itself a {@code Message} (a role, a status, a thing's name) is translated too.
 *
 * <p>To add a message: pick a code ({@code module.what-happened}), add it with the same arguments to both
 * bundles (English in {@code messages.properties}, Chinese in {@code messages_zh_CN.properties}; the bundles are
 * MessageFormat patterns, so write an apostrophe as {@code ''}), and use {@code Message.of(code, args)} or
 * {@code Rejection.invalid(field, code, args)}. {@code MessageBundleTest} fails when a code used in the sources
 * is missing from either bundle.
 */
public record Message(String code, Object... args) implements MessageSourceResolvable {

    public static Message of(String code, Object... args) {
        return new Message(code, args);
    }

    /** The business name of an enum value, e.g. {@code term(Role.CASHIER)} = code {@code term.role.cashier}. */
    public static Message term(Enum<?> value) {
        String kind = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2");
        return new Message("term." + kind.toLowerCase(Locale.ROOT) + "." + value.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
    }

    /** "A or B or C" of business terms, joined in the reader's language. */
    public static Message either(java.util.List<? extends Enum<?>> values) {
        Message joined = term(values.get(0));
        for (Enum<?> next : values.subList(1, values.size())) {
            joined = new Message("term.or", joined, term(next));
        }
        return joined;
    }

    /** Money as a person reads it: {@code ¥20.00} for 2000 fen. Currencies other than CNY show their code. */
    public static String money(long fen, String currency) {
        String amount = BigDecimal.valueOf(Math.abs(fen)).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString();
        return (fen < 0 ? "-" : "") + ("CNY".equals(currency) ? "¥" + amount : currency + " " + amount);
    }

    /** {@link #money(long, String)} in the brands' default currency, CNY. */
    public static String yuan(long fen) {
        return money(fen, "CNY");
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    /** A missing code shows itself rather than failing the answer; the bundle test keeps codes complete. */
    @Override
    public String getDefaultMessage() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && code.equals(m.code) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return code + Arrays.toString(args);
    }
}
