package io.ordercore.adapter.cli.users;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore users ...}: accounts, their roles and points, locking. */
@Command(name = "users",
        description = {
            "Accounts: create, list, show, lock, unlock, set the role.",
            "An account is named by its id or its e-mail (ID|EMAIL). What you may do",
            "depends on the role of the account you act as (--as). Output never holds",
            "a password or its hash."
        },
        subcommands = {CreateUserCommand.class, ListUsersCommand.class, ShowUserCommand.class, LockCommands.Lock.class,
            LockCommands.Unlock.class, SetRoleCommand.class})
public final class UsersCommand extends CliGroup {
}
