package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes a {@link Message} in an answer as text in the caller's language, so that a screen that shows stored
 * messages (import row errors) needs no mapping of its own. Registered with Spring's JSON mapper as a module.
 */
@Component
class MessageSerializer extends SimpleModule {

    MessageSerializer(ObjectProvider<Texts> texts) {
        super("oneshelf-messages");
        addSerializer(Message.class, new ValueSerializer<>() {
            @Override
            public void serialize(Message value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(texts.getObject().text(value));
            }
        });
    }
}
