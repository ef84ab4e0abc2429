package io.ordercore.adapter.cli.catalog;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.catalog.TalentId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "tree", description = {
    "Show the whole catalog, frozen elements included.",
    "JSON: {\"categories\":[{\"id\",\"name\",\"frozen\",\"callTypes\":[{...,",
    "\"examples\":[...]}]}],\"talents\":[{\"id\",\"name\",\"critical\"}]}"})
final class CatalogTreeCommand extends CliCommand {

    @Mixin
    FormatOption format;

    CatalogTreeCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        var catalog = core().manageCatalog();
        List<CatalogSection> sections = catalog.fullCatalog(caller);
        List<Talent> talents = catalog.talents(caller);
        if (format.json()) {
            Json.print(out(), new CatalogViews.TreeView(sections.stream().map(CatalogViews::section).toList(),
                    talents.stream().map(CatalogViews::talent).toList()));
        } else {
            printTree(out(), sections, talents);
        }
        return ExitCodes.OK;
    }

    private static void printTree(PrintWriter out, List<CatalogSection> sections, List<Talent> talents) {
        if (sections.isEmpty()) {
            out.println("the catalog is empty");
        }
        Map<TalentId, Talent> byId = talents.stream().collect(Collectors.toMap(Talent::id, Function.identity()));
        for (CatalogSection section : sections) {
            out.println("category " + section.category().id() + ": " + text(section.category().name())
                    + frozen(section.category().frozen()));
            for (CatalogSection.Entry entry : section.callTypes()) {
                CallType t = entry.callType();
                out.println("  call-type " + t.id() + ": " + text(t.name()) + "; " + MoneyView.text(t.price())
                        + "; gender " + t.requiredGender() + talentNames(t, byId) + frozen(t.frozen()));
                for (CallExample e : entry.examples()) {
                    out.println("    example " + e.id() + ": " + text(e.title()) + frozen(e.frozen()));
                }
            }
        }
        out.flush();
    }

    private static String talentNames(CallType t, Map<TalentId, Talent> byId) {
        if (t.talents().isEmpty()) {
            return "";
        }
        return "; talents " + t.talents().stream()
                .map(id -> id + (byId.containsKey(id) ? " " + text(byId.get(id).name()) : ""))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String frozen(boolean frozen) {
        return frozen ? " [frozen]" : "";
    }

    private static String text(String value) {
        return Table.cell(value);
    }
}
