package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling a use case. Every use case receives one and applies its rules to it, so HTTP,
 * the CLI and an embedding product get the same scoping.
 */
public sealed interface Caller {

    /** How this caller appears in order histories. */
    Actor actor();

    /** Nobody signed in (a visitor placing an order, signing in). */
    static Caller anonymous() {
        return Anonymous.INSTANCE;
    }

    /** Trusted code of the host: schedulers, gateway callbacks, an embedding product acting as itself. */
    static Caller system(String name) {
        return new System(name);
    }

    /** A visitor. */
    enum Anonymous implements Caller {
        INSTANCE;

        @Override
        public Actor actor() {
            return new Actor(ActorKind.CLIENT, "anonymous");
        }
    }

    /** Trusted code; sees and may do everything. */
    record System(String name) implements Caller {
        public System {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a system caller needs a name");
            }
        }

        @Override
        public Actor actor() {
            return Actor.system(name);
        }
    }

    /**
     * A signed-in account, possibly acted as by someone else.
     *
     * @param impersonator who is really acting, when a supervisor or admin acts as this account
     */
    record SignedIn(AccountId id, Email email, Role role, Optional<PointId> point, Optional<Impersonator> impersonator)
            implements Caller {
        public SignedIn {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(impersonator, "impersonator");
        }

        @Override
        public Actor actor() {
            return new Actor(role.actorKind(), email.value());
        }

        public boolean has(Role... roles) {
            for (Role r : roles) {
                if (role == r) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The real person behind an impersonated session. */
    record Impersonator(AccountId id, Email email, Role role) {
        public Impersonator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(role, "role");
        }
    }
}
