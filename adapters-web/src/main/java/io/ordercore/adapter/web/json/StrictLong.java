package io.ordercore.adapter.web.json;

import io.micronaut.context.annotation.Bean;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads only a JSON whole number. The default reading accepts 1.5 as 1 and "12" as 12; an id or a
 * price must arrive as what it is.
 *
 * <p>Applied per property with {@code @Serdeable.Deserializable(using = ...)}; the bean is typed as
 * itself so that it does not replace the Long reading of the whole application.
 */
@Singleton
@Bean(typed = StrictLong.class)
public class StrictLong implements Deserializer<Long> {

    @Override
    public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!isWholeNumber(node)) {
            throw decoder.createDeserializationException("must be a whole number", node.getValue());
        }
        return node.getLongValue();
    }

    public static boolean isWholeNumber(JsonNode node) {
        return node.isNumber() && (node.getNumberValue() instanceof Integer || node.getNumberValue() instanceof Long);
    }
}
