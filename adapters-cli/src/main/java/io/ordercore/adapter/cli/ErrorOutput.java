package io.ordercore.adapter.cli;

import io.ordercore.adapter.cli.output.Json;
import io.ordercore.domain.shared.FieldError;
import java.io.PrintWriter;
import java.util.List;

/**
 * How an error reaches stderr: {@code error: <CODE>: <message>}, then {@code   <field>: <message>}
 * per field error, then (with {@code --format json}) the same as one JSON line.
 */
public final class ErrorOutput {

    /** The command line could not be parsed. */
    public static final String USAGE_ERROR = "USAGE_ERROR";
    /** An exception nobody expected; its class and message are shown, the stack trace only with --verbose. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** The JSON form of an error. */
    public record ErrorView(String code, String message, List<FieldErrorView> errors) {
    }

    /** One refused field. */
    public record FieldErrorView(String field, String code, String message) {
    }

    private ErrorOutput() {
    }

    public static void print(PrintWriter err, boolean json, String code, String message, List<FieldError> errors) {
        err.println("error: " + code + ": " + message);
        for (FieldError e : errors) {
            err.println("  " + e.field() + ": " + e.message());
        }
        if (json) {
            List<FieldErrorView> views = errors.stream().map(e -> new FieldErrorView(e.field(), e.code(), e.message())).toList();
            Json.printLine(err, new ErrorView(code, message, views));
        }
        err.flush();
    }
}
