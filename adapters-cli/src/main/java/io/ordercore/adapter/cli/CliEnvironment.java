package io.ordercore.adapter.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the CLI reads from its process besides the arguments: environment variables and one secret
 * line of standard input. The only place that touches {@code System.getenv} and {@code System.in},
 * so tests and embedding hosts can hand in their own.
 *
 * @param variables an environment variable by name, or null when it is not set
 * @param secretLine one line of standard input without its line end, or null at end of input
 */
public record CliEnvironment(Function<String, String> variables, LineReader secretLine) {

    /** Reads one line; may block until it is typed. */
    @FunctionalInterface
    public interface LineReader {
        String readLine() throws IOException;
    }

    public CliEnvironment {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(secretLine, "secretLine");
    }

    /** The process's own environment and standard input; typed at a terminal, the line is not echoed. */
    public static CliEnvironment system() {
        return new CliEnvironment(System::getenv, CliEnvironment::readStandardInput);
    }

    private static String readStandardInput() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
    }
}
