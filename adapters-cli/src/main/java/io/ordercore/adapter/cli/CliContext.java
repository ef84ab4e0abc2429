package io.ordercore.adapter.cli;

import io.ordercore.application.service.Ordercore;
import io.ordercore.domain.workflow.Actor;
import java.util.Objects;
import java.util.function.Supplier;

/** What every command gets: the core, fetched only when the command actually runs, and the acting admin. */
public final class CliContext {

    private final Supplier<Ordercore> core;
    private final Actor admin;

    CliContext(Supplier<Ordercore> core, Actor admin) {
        this.core = Objects.requireNonNull(core, "core");
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    /** Opens the core (and, in the real executable, the database); call it only after the input is checked. */
    public Ordercore core() {
        return core.get();
    }

    public Actor admin() {
        return admin;
    }
}
