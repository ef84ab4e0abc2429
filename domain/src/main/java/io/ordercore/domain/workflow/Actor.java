package io.ordercore.domain.workflow;

import java.util.Objects;

/**
 * Who did something: a kind (what the workflow checks) and an identifier for the record
 * (an account e-mail or id, {@code cli}, {@code paymaster}, {@code dispatcher}).
 */
public record Actor(ActorKind kind, String id) {

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an id");
        }
    }

    public static Actor admin(String id) {
        return new Actor(ActorKind.ADMIN, id);
    }

    public static Actor system(String id) {
        return new Actor(ActorKind.SYSTEM, id);
    }

    public static Actor client(String id) {
        return new Actor(ActorKind.CLIENT, id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
