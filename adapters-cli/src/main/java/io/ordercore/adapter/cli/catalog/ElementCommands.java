package io.ordercore.adapter.cli.catalog;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** freeze, unfreeze and delete: the same at every level, so each group reuses these. */
final class ElementCommands {

    private ElementCommands() {
    }

    /** Shared by the three: the id, the format, and which level the parent group stands for. */
    abstract static class ElementCommand extends CliCommand {

        @Parameters(paramLabel = "ID", description = "The id of the ${PARENT-COMMAND-NAME}.")
        long id;

        @Mixin
        FormatOption format;

        ElementCommand(CliContext cli) {
            super(cli);
        }

        CatalogLevel level() {
            return (CatalogLevel) spec.parent().userObject();
        }

        void report(String done, CatalogViews.ChangeView view) {
            if (format.json()) {
                Json.print(out(), view);
            } else {
                out().println(done + " " + level().label() + " " + id);
                out().flush();
            }
        }
    }

    @Command(name = "freeze", description = {
        "Hide the ${PARENT-COMMAND-NAME} ID and everything under it from clients.",
        "Frozen elements cannot be ordered; nothing is deleted, and unfreeze",
        "brings them back. JSON: {\"element\",\"id\",\"frozen\":true}"})
    static final class Freeze extends ElementCommand {
        Freeze(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            core().manageCatalog().setFrozen(caller, level().element(), id, true);
            report("frozen", new CatalogViews.ChangeView(level().label(), id, true, null));
            return ExitCodes.OK;
        }
    }

    @Command(name = "unfreeze", description = {
        "Show the frozen ${PARENT-COMMAND-NAME} ID to clients again.",
        "It stays hidden while something above it is frozen.",
        "JSON: {\"element\",\"id\",\"frozen\":false}"})
    static final class Unfreeze extends ElementCommand {
        Unfreeze(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            core().manageCatalog().setFrozen(caller, level().element(), id, false);
            report("unfrozen", new CatalogViews.ChangeView(level().label(), id, false, null));
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = {
        "Delete the ${PARENT-COMMAND-NAME} ID and everything under it.",
        "JSON: {\"element\",\"id\",\"deleted\":true}"})
    static final class Delete extends ElementCommand {
        Delete(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            core().manageCatalog().delete(caller, level().element(), id);
            report("deleted", new CatalogViews.ChangeView(level().label(), id, null, true));
            return ExitCodes.OK;
        }
    }
}
