package io.ordercore.adapter.cli.operators;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OperatorView;
import io.ordercore.domain.operator.OperatorState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** pause, resume and freeze: the same but for the state they set. */
final class OperatorStateCommands {

    private OperatorStateCommands() {
    }

    abstract static class StateCommand extends CliCommand {

        @Parameters(paramLabel = "ID", description = "The operator's (account) id.")
        long id;

        @Mixin
        FormatOption format;

        StateCommand(CliContext cli) {
            super(cli);
        }

        abstract OperatorState target();

        @Override
        public Integer call() {
            long operatorId = OperatorViews.id(id);
            Caller caller = caller();
            OperatorView changed = core().manageOperators().setState(caller, operatorId, target());
            OperatorViews.print(out(), format, changed, OperatorViews.name(changed) + ": " + changed.operator().state());
            return ExitCodes.OK;
        }
    }

    @Command(name = "pause", description = {
        "Stop proposing new orders to an operator for now (PAUSED).",
        "Orders it holds stay with it. Prints 'operator ID (EMAIL): PAUSED', with",
        "--format json the profile as 'operators show' prints it."})
    static final class Pause extends StateCommand {
        Pause(CliContext cli) {
            super(cli);
        }

        @Override
        OperatorState target() {
            return OperatorState.PAUSED;
        }
    }

    @Command(name = "resume", description = {
        "Let dispatch propose orders to a paused or frozen operator again (ACTIVE).",
        "Prints 'operator ID (EMAIL): ACTIVE', with --format json the profile."})
    static final class Resume extends StateCommand {
        Resume(CliContext cli) {
            super(cli);
        }

        @Override
        OperatorState target() {
            return OperatorState.ACTIVE;
        }
    }

    @Command(name = "freeze", description = {
        "Stop an operator by an administrator's decision (FROZEN).",
        "It gets no new orders until resumed. Prints 'operator ID (EMAIL): FROZEN',",
        "with --format json the profile."})
    static final class Freeze extends StateCommand {
        Freeze(CliContext cli) {
            super(cli);
        }

        @Override
        OperatorState target() {
            return OperatorState.FROZEN;
        }
    }
}
