package io.ordercore.adapter.cli.check;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ErrorOutput;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PaymentsUseCase.IntegrityReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "integrity", description = {
    "Check that balances, ledger movements and payments add up.",
    "Runs every check and prints each with OK or its findings, one per line:",
    "  balances    a kept balance differs from the sum of its entries, or a",
    "              client's is below zero",
    "  movements   a movement is not exactly two entries summing to zero",
    "  paidOrders  a PAID (or later) order its payments do not cover",
    "  payments    a money payment without its ledger movement",
    "  statuses    an UNPAID order its payments already cover",
    "Exit 0 when consistent, exit 4 (" + IntegrityCommand.INTEGRITY_FINDINGS + " on stderr) when anything",
    "is found. JSON: {\"consistent\":true|false,\"findings\":{\"balances\":[TEXT...],",
    "  \"movements\":[...],\"paidOrders\":[...],\"payments\":[...],\"statuses\":[...]}}"})
final class IntegrityCommand extends CliCommand {

    static final String INTEGRITY_FINDINGS = "INTEGRITY_FINDINGS";

    @Mixin
    FormatOption format;

    IntegrityCommand(CliContext cli) {
        super(cli);
    }

    /** Every check by name, in the order they ran, with what it found (empty: OK). */
    record ReportJson(boolean consistent, Map<String, List<String>> findings) {
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        IntegrityReport report = core().payments().checkIntegrity(caller);
        Map<String, List<String>> findings = new LinkedHashMap<>(report.findings());
        if (format.json()) {
            Json.print(out(), new ReportJson(report.consistent(), findings));
        } else {
            text(out(), findings, report.consistent());
        }
        if (report.consistent()) {
            return ExitCodes.OK;
        }
        long problems = findings.values().stream().mapToLong(List::size).sum();
        long failed = findings.values().stream().filter(f -> !f.isEmpty()).count();
        ErrorOutput.print(err(), format.json(), INTEGRITY_FINDINGS, problems + (problems == 1 ? " problem" : " problems")
                + " found by " + failed + " of " + findings.size() + " checks", List.of());
        return ExitCodes.CONFLICT;
    }

    private static void text(PrintWriter out, Map<String, List<String>> findings, boolean consistent) {
        Table table = Table.record();
        findings.forEach((check, found) -> table.row(check, found.isEmpty() ? "OK"
                : found.size() + (found.size() == 1 ? " problem" : " problems")));
        table.print(out);
        findings.forEach((check, found) -> {
            if (!found.isEmpty()) {
                out.println();
                out.println(check + ":");
                found.forEach(problem -> out.println("  " + Table.cell(problem)));
            }
        });
        if (consistent) {
            out.println();
            out.println("consistent: all " + findings.size() + " checks OK");
        }
        out.flush();
    }
}
