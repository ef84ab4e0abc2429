package io.ordercore.adapter.cli;

import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.ValidationException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns what went wrong into stderr lines and an exit code (see {@link ExitCodes}). */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult fullResult) {
        PrintWriter err = command.getErr();
        boolean json = wantsJson(command.getParseResult());
        if (ex instanceof DomainException domain) {
            List<FieldError> errors = domain instanceof ValidationException v ? v.errors() : List.of();
            // The field lines carry the detail; repeating them in the headline would say it twice.
            String message = errors.isEmpty() ? domain.getMessage() : "Invalid input";
            ErrorOutput.print(err, json, domain.code(), message, errors);
            return ExitCodes.of(domain.kind());
        }
        String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        ErrorOutput.print(err, json, ErrorOutput.INTERNAL_ERROR, message, List.of());
        if (verbose(fullResult)) {
            ex.printStackTrace(err);
        } else {
            err.println("(run again with --verbose to see the stack trace)");
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        ErrorOutput.print(err, jsonRequested(args), ErrorOutput.USAGE_ERROR, ex.getMessage(), List.of());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean wantsJson(ParseResult result) {
        if (result == null || !result.hasMatchedOption("--format")) {
            return false;
        }
        Object value = result.matchedOptionValue("--format", null);
        return value != null && value.toString().equalsIgnoreCase("json");
    }

    /** The parse failed, so the parsed --format may be missing: look at the words themselves. */
    private static boolean jsonRequested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i].toLowerCase(Locale.ROOT);
            if (arg.equals("--format=json") || (arg.equals("--format") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("json"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
