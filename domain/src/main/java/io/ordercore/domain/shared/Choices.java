package io.ordercore.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses enum names case-insensitively, refusing unknown ones with the list of allowed values. */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        if (raw != null && !raw.isBlank()) {
            String name = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw ValidationException.of("value", "INVALID_CHOICE", "must be one of " + allowed);
    }
}
