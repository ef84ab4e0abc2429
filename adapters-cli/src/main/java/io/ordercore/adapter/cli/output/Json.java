package io.ordercore.adapter.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON output. Views are records whose components are the field names, so a rename shows up in
 * review; times and money are already strings when they get here, never numbers or doubles.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private Json() {
    }

    /** Prints {@code view} indented, followed by a line break. */
    public static void print(PrintWriter out, Object view) {
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(view));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints {@code view} on one line. */
    public static void printLine(PrintWriter out, Object view) {
        try {
            out.println(MAPPER.writeValueAsString(view));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pretty-printing generator over {@code out}, for output written piece by piece; close it, not {@code out}. */
    public static JsonGenerator generator(PrintWriter out) {
        try {
            return MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
