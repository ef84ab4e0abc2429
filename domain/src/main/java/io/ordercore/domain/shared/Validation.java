package io.ordercore.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects field errors while a form is checked, so a caller gets all of them at once.
 *
 * <pre>
 * Validation v = new Validation();
 * Email email = v.check("clientEmail", () -> Email.of(raw));
 * ...
 * v.throwIfInvalid();
 * </pre>
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Runs a value-object factory; a {@link ValidationException} it throws is recorded (its errors
     * renamed to {@code field}) and {@code null} is returned, so checking can go on.
     */
    public <T> T check(String field, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(field, error.code(), error.message()));
            }
            return null;
        }
    }

    /** Like {@link #check} for optional input: blank or null input gives an empty result. */
    public <T> Optional<T> checkOptional(String field, String raw, Function<String, T> factory) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(check(field, () -> factory.apply(raw)));
    }

    /** Runs a check that names its own fields; a {@link ValidationException} it throws is recorded as is. */
    public void verify(Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
    }

    public void reject(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    /** Records {@code field} as missing when {@code value} is null or blank; returns whether it was present. */
    public boolean require(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            reject(field, "REQUIRED", "is required");
            return false;
        }
        return true;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
