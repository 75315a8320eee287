package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Shopper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts messages into the reader's language: Chinese (zh-CN) or English. The language is the request's
 * {@code Accept-Language} (zh, zh-Hans, zh-CN… read as zh-CN; en-* as English); without one it is the signed-in
 * caller's (staff member's, API client's or customer's) brand default, and zh-CN for a caller not signed in. Only
 * error answers and a few screens that explain things (import errors, price checks) ask for it, never the hot
 * paths.
 */
@Component
public class Texts {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;
    private final BrandLanguage brands;

    Texts(MessageSource messages, BrandLanguage brands) {
        this.messages = messages;
        this.brands = brands;
    }

    public String text(MessageSourceResolvable message, Locale language) {
        return messages.getMessage(message instanceof Message m ? plain(m) : message, language);
    }

    /** Whole numbers as written ("20000", "-11"), not grouped by the language's number format ("20,000"). */
    private static Message plain(Message message) {
        Object[] args = message.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Long || args[i] instanceof Integer) {
                args[i] = String.valueOf(args[i]);
            } else if (args[i] instanceof Message nested) {
                args[i] = plain(nested);
            }
        }
        return new Message(message.code(), args);
    }

    /** The message in the language of the current request. */
    public String text(MessageSourceResolvable message) {
        return text(message, currentLanguage());
    }

    public String title(ProblemType type, Locale language) {
        return text(Message.of(type.titleCode()), language);
    }

    public Locale currentLanguage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return languageOf(attributes.getRequest());
        }
        return CHINESE;
    }

    public Locale languageOf(HttpServletRequest request) {
        Locale asked = asked(request.getHeader("Accept-Language"));
        return asked != null ? asked : brandDefault();
    }

    /** The first language of the header that we speak, by the client's weights; null when none is. */
    static Locale asked(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("zh")) {
                    return CHINESE;
                }
                if (language.equals("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return null;
    }

    private Locale brandDefault() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return brands.of(actor.tenantId());
        }
        if (auth != null && auth.getPrincipal() instanceof Shopper shopper) {
            return brands.of(shopper.brandId());
        }
        return CHINESE;
    }
}
