package io.ordercore.adapter.cli;

import io.ordercore.domain.workflow.Actor;

/**
 * Who the CLI acts as in order histories. Accounts come in a later issue; until then the
 * operating-system user stands in, and this is the one place to change when they do.
 */
public final class CliAdmin {

    private CliAdmin() {
    }

    public static Actor actor() {
        return Actor.admin("cli:" + System.getProperty("user.name", "unknown"));
    }
}
