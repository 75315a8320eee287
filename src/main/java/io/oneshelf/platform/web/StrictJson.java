package io.oneshelf.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly: a text field takes only a JSON string, and never one with a NUL character
 * (PostgreSQL cannot store it). The rest of the strictness (no number from a string, no float into an integer,
 * no enum from an index, duplicate keys refused) is switched on by {@code spring.jackson.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictText() {
        SimpleModule module = new SimpleModule("strict-text");
        module.addDeserializer(String.class, new TextOnly());
        module.addKeyDeserializer(String.class, new KeyWithoutNul());
        return builder -> builder.addModule(module);
    }

    /** A text that contains U+0000; the field is named by the path Jackson adds on the way out. */
    static final class NulCharacter extends MismatchedInputException {
        NulCharacter(JsonParser parser) {
            super(parser, "A text must not contain the NUL character (U+0000)", String.class);
        }
    }

    /** A JSON string and nothing else: {@code false} or {@code 12} is not a name. */
    private static final class TextOnly extends StdScalarDeserializer<String> {
        TextOnly() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getString();
            if (text.indexOf('\0') >= 0) {
                throw new NulCharacter(p);
            }
            return text;
        }
    }

    private static final class KeyWithoutNul extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            if (key.indexOf('\0') >= 0) {
                throw new NulCharacter(ctxt.getParser());
            }
            return key;
        }
    }
}
