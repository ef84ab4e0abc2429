package io.ordercore.domain.point;

import io.ordercore.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A point of sale (branch, shop, franchisee). Clients and point managers belong to exactly one;
 * an order belongs to the point of its client.
 */
public record Point(PointId id, String name, String address, String contacts, Optional<String> description) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_CONTACTS = 500;
    public static final int MAX_DESCRIPTION = 4000;

    public Point {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, MAX_NAME);
        address = Text.required(address, MAX_ADDRESS);
        contacts = Text.required(contacts, MAX_CONTACTS);
        Objects.requireNonNull(description, "description");
    }
}
