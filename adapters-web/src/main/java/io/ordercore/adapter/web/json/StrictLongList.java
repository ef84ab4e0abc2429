package io.ordercore.adapter.web.json;

import io.micronaut.context.annotation.Bean;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads only a JSON array of whole numbers (nulls kept, for the core to refuse by name): a list of
 * ids to delete must not turn 1.5 into order 1.
 *
 * <p>Applied per property, like {@link StrictLong}.
 */
@Singleton
@Bean(typed = StrictLongList.class)
public class StrictLongList implements Deserializer<List<Long>> {

    @Override
    public List<Long> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<Long>> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isArray()) {
            throw decoder.createDeserializationException("must be a list of whole numbers", node.getValue());
        }
        List<Long> values = new ArrayList<>();
        for (JsonNode element : node.values()) {
            if (element.isNull()) {
                values.add(null);
            } else if (StrictLong.isWholeNumber(element)) {
                values.add(element.getLongValue());
            } else {
                throw decoder.createDeserializationException("must be a list of whole numbers", node.getValue());
            }
        }
        return values;
    }
}
