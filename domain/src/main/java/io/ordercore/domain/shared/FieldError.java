package io.ordercore.domain.shared;

import java.util.Objects;

/**
 * One refused input field: the field's name as the caller sent it, a stable reason code and a
 * human-readable message.
 */
public record FieldError(String field, String code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
