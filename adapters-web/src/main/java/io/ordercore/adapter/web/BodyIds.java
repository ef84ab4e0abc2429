package io.ordercore.adapter.web;

import io.ordercore.domain.shared.ValidationException;

/** Ids taken from a JSON body: unlike a path id, a missing or impossible one is a field error (400). */
public final class BodyIds {

    private BodyIds() {
    }

    /** The id, refused as REQUIRED when absent and NOT_AN_ID when not positive. */
    public static long require(String field, Long raw) {
        if (raw == null) {
            throw ValidationException.of(field, "REQUIRED", "is required");
        }
        if (raw <= 0) {
            throw ValidationException.of(field, "NOT_AN_ID", "must be a positive whole number");
        }
        return raw;
    }
}
