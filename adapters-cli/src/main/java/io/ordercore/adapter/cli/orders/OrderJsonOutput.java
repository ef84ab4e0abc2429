package io.ordercore.adapter.cli.orders;

import com.fasterxml.jackson.core.JsonGenerator;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.OrderSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** {@code {"items":[...],"nextCursor":"..."|null}}, written as pages arrive. */
final class OrderJsonOutput implements OrderListOutput {

    private final PrintWriter out;
    private final JsonGenerator json;

    OrderJsonOutput(PrintWriter out) {
        this.out = out;
        this.json = Json.generator(out);
        write(() -> {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
        });
    }

    @Override
    public void page(List<OrderSummary> items) {
        write(() -> {
            for (OrderSummary s : items) {
                json.writeObject(OrderViews.item(s));
            }
        });
    }

    @Override
    public void finish(Optional<String> nextCursor) {
        write(() -> {
            json.writeEndArray();
            json.writeStringField("nextCursor", nextCursor.orElse(null));
            json.writeEndObject();
            json.close();
        });
        out.println();
        out.flush();
    }

    private interface JsonStep {
        void run() throws IOException;
    }

    private static void write(JsonStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
