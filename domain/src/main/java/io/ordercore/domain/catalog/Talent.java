package io.ordercore.domain.catalog;

import io.ordercore.domain.shared.Text;
import java.util.Objects;

/**
 * An operator skill a call type may ask for ("Deep voice", "Speaks English"). A critical talent
 * is a hard requirement for dispatch; a non-critical one only raises an operator's priority.
 */
public record Talent(TalentId id, String name, boolean critical) {

    public static final int MAX_NAME = 100;

    public Talent {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, MAX_NAME);
    }
}
