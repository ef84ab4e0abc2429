package io.ordercore.domain.shared;

import java.util.List;

/** Input was refused; carries every field error found, not just the first. */
public final class ValidationException extends DomainException {

    public static final String CODE = "VALIDATION_FAILED";

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(Kind.INVALID, CODE, describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String code, String message) {
        return new ValidationException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("Invalid input: ");
        for (int i = 0; i < errors.size(); i++) {
            FieldError e = errors.get(i);
            text.append(i == 0 ? "" : "; ").append(e.field()).append(": ").append(e.message());
        }
        return text.toString();
    }
}
