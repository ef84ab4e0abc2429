package io.ordercore.adapter.web.json;

import io.micronaut.context.annotation.Bean;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads only a JSON whole number that fits an int: a count or a percent of 4.5 is refused, not
 * read as 4. Applied per property, like {@link StrictLong}.
 */
@Singleton
@Bean(typed = StrictInteger.class)
public class StrictInteger implements Deserializer<Integer> {

    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!StrictLong.isWholeNumber(node) || node.getLongValue() != (int) node.getLongValue()) {
            throw decoder.createDeserializationException("must be a whole number", node.getValue());
        }
        return (int) node.getLongValue();
    }
}
