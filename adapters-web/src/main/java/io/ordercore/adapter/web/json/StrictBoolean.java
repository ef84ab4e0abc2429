package io.ordercore.adapter.web.json;

import io.micronaut.context.annotation.Bean;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads only JSON {@code true} or {@code false}. The default reading turns "yes" or 5 into a
 * boolean silently; for a consent or anonymity flag that guess is worse than a refusal.
 *
 * <p>Applied per property with {@code @Serdeable.Deserializable(using = ...)}; the bean is typed as
 * itself so that it does not replace the Boolean reading of the whole application.
 */
@Singleton
@Bean(typed = StrictBoolean.class)
public class StrictBoolean implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isBoolean()) {
            throw decoder.createDeserializationException("must be true or false", node.getValue());
        }
        return node.getBooleanValue();
    }
}
