package io.ordercore.domain.order;

import io.ordercore.domain.shared.Email;
import java.util.Objects;

/** Who ordered: the name given on the order form and the e-mail that is their login. */
public record Client(String name, Email email) {

    public Client {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
