package io.oneshelf.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses the NUL character in every text parameter bound to a controller: multipart form fields and path
 * variables (the query string is checked before, by {@link QueryStringFilter}; JSON by {@link StrictJson}). The
 * refusal surfaces as a type mismatch of the named parameter, which {@link ProblemAdvice} answers as a 400.
 */
@ControllerAdvice
class TextParameters {

    @InitBinder
    void refuseNul(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextWithoutNul());
    }

    /** Thrown as the cause of the type mismatch, so the answer can say what is wrong. */
    static final class NulInText extends IllegalArgumentException {
        NulInText() {
            super("must not contain the NUL character (U+0000)");
        }
    }

    private static final class TextWithoutNul extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new NulInText();
            }
            setValue(text);
        }
    }
}
