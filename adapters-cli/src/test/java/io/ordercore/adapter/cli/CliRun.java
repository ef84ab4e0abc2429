package io.ordercore.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordercore.application.service.Ordercore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/** One in-process run of the CLI: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    /** The account commands act as unless a test says otherwise; {@link TestCore} opens it. */
    static final String ADMIN = "admin@ordercore.test";
    /** No account named and nothing on standard input. */
    static final CliEnvironment NOBODY = environment(Map.of(), "");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** As {@link #ADMIN}, named by ORDERCORE_CLI_AS. */
    static CliRun run(Supplier<Ordercore> core, String... args) {
        return run(core, environment(Map.of(CliContext.AS_VARIABLE, ADMIN), ""), args);
    }

    static CliRun run(Supplier<Ordercore> core, CliEnvironment environment, String... args) {
        return run(OrdercoreCli.create(core, environment), args);
    }

    /** These environment variables, and {@code stdin} as standard input. */
    static CliEnvironment environment(Map<String, String> variables, String stdin) {
        BufferedReader input = new BufferedReader(new StringReader(stdin));
        return new CliEnvironment(variables::get, input::readLine);
    }

    static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A core supplier that fails the test if anything asks for it. */
    static Supplier<Ordercore> untouchable() {
        return () -> {
            throw new AssertionError("the core must not be opened for this command");
        };
    }

    JsonNode json() {
        return parse(out);
    }

    /** The JSON error object: the one line of stderr that is JSON. */
    JsonNode errorJson() {
        return parse(err.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow(
                () -> new AssertionError("no JSON error in: " + err)));
    }

    List<CSVRecord> csv() {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(out)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> csvHeader() {
        try {
            return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(out)).getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
