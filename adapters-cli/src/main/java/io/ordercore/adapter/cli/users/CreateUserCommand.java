package io.ordercore.adapter.cli.users;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "create", sortOptions = false, description = {
    "Open an account; prints its id.",
    "Without --password-stdin a password is generated and e-mailed to the user.",
    "A password is never an argument: --password-stdin reads it as one line of",
    "standard input (not echoed at a terminal), and it is never printed.",
    "First administrator: with no account to act as (neither --as nor",
    CliContext.AS_VARIABLE + "), '--role ADMIN --password-stdin' seeds the first",
    "administrator of an empty installation; once one exists it fails with",
    "ADMIN_EXISTS (exit 4).",
    "JSON: the account as 'users show' prints it."})
final class CreateUserCommand extends CliCommand {

    @Option(names = "--email", paramLabel = "EMAIL", required = true, description = "The login; unique, any case.")
    String email;

    @Option(names = "--role", paramLabel = "ROLE", required = true,
            description = "CLIENT, OPERATOR, POINT_MANAGER, SUPERVISOR, SITE_MANAGER, ADMIN or PARTNER.")
    String role;

    @Option(names = "--name", paramLabel = "NAME", description = "How to address them (default: the e-mail before the @).")
    String name;

    @Option(names = "--point", paramLabel = "ID", description = "Their point: required for CLIENT and POINT_MANAGER, refused for others.")
    Long point;

    @Option(names = "--language", paramLabel = "LANG", description = "RU (default) or EN: the language of their e-mails.")
    String language;

    @Option(names = "--password-stdin", description = "Read the password from standard input instead of generating one.")
    boolean passwordStdin;

    @Mixin
    FormatOption format;

    CreateUserCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        boolean seeding = cli.identity(spec).isEmpty() && Role.ADMIN.name().equalsIgnoreCase(role.trim());
        AccountView account;
        if (seeding) {
            refuseWhatSeedingCannotTake();
            String password = readPassword();
            account = core().manageAccounts().createFirstAdmin(email, nameOrDefault(), password);
        } else {
            Caller caller = caller();
            String password = passwordStdin ? readPassword() : null;
            account = core().manageAccounts().create(caller,
                    new NewAccountForm(email, nameOrDefault(), role, point, password, language));
            if (password == null) {
                err().println("a generated password will be e-mailed to " + account.email());
                err().flush();
            }
        }
        AccountViews.print(out(), format, account, account.id().toString());
        return ExitCodes.OK;
    }

    private void refuseWhatSeedingCannotTake() {
        if (!passwordStdin) {
            throw new ParameterException(spec.commandLine(),
                    "the first administrator needs a password: give it on standard input with --password-stdin");
        }
        if (point != null || language != null) {
            throw new ParameterException(spec.commandLine(),
                    "--point and --language cannot be used for the first administrator");
        }
    }

    private String nameOrDefault() {
        if (name != null) {
            return name;
        }
        String login = email.trim();
        return login.contains("@") ? login.substring(0, login.indexOf('@')) : login;
    }

    /** One line; its line end is dropped, nothing else, since spaces may belong to the password. */
    private String readPassword() {
        String line;
        try {
            line = cli.environment().secretLine().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the password from standard input", e);
        }
        if (line != null && line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line == null || line.isEmpty()) {
            throw ValidationException.of("password", "REQUIRED", "nothing on standard input: give the password on one line");
        }
        return line;
    }
}
