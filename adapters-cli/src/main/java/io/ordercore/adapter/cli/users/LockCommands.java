package io.ordercore.adapter.cli.users;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** lock and unlock: the same but for the direction. */
final class LockCommands {

    private LockCommands() {
    }

    abstract static class LockCommand extends CliCommand {

        @Parameters(paramLabel = "ID|EMAIL")
        String account;

        @Mixin
        FormatOption format;

        LockCommand(CliContext cli) {
            super(cli);
        }

        abstract AccountView change(ManageAccountsUseCase accounts, Caller caller, AccountRef ref);

        abstract String done();

        @Override
        public Integer call() {
            AccountRef ref = AccountRef.parse("account", account);
            Caller caller = caller();
            AccountView changed = change(core().manageAccounts(), caller, ref);
            AccountViews.print(out(), format, changed, done() + " " + AccountViews.name(changed));
            return ExitCodes.OK;
        }
    }

    @Command(name = "lock", description = {
        "Block an account: no sign-in, and its sessions stop working.",
        "Administrators only; nobody can lock themselves. Prints",
        "'locked account ID (EMAIL)', with --format json the account."})
    static final class Lock extends LockCommand {
        Lock(CliContext cli) {
            super(cli);
        }

        @Override
        AccountView change(ManageAccountsUseCase accounts, Caller caller, AccountRef ref) {
            return accounts.block(caller, ref.resolve(accounts, caller));
        }

        @Override
        String done() {
            return "locked";
        }
    }

    @Command(name = "unlock", description = {
        "Unblock an account.",
        "Administrators only. Prints 'unlocked account ID (EMAIL)', with",
        "--format json the account."})
    static final class Unlock extends LockCommand {
        Unlock(CliContext cli) {
            super(cli);
        }

        @Override
        AccountView change(ManageAccountsUseCase accounts, Caller caller, AccountRef ref) {
            return accounts.unblock(caller, ref.resolve(accounts, caller));
        }

        @Override
        String done() {
            return "unlocked";
        }
    }
}
