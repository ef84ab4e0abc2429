package io.ordercore.adapter.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 7807 problem, the body of every error response. {@code code} is the stable error code
 * (the domain's, e.g. ILLEGAL_TRANSITION, or one of this adapter's); {@code type} is derived
 * from it; {@code errors} lists refused fields and is left out when there are none;
 * {@code submitted} echoes a form to show again (PASSWORD_REQUIRED) and is left out otherwise.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String instance,
                      @Nullable List<FieldErrorJson> errors, @Nullable SubmittedOrderJson submitted) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://ordercore.io/problems/";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** A problem whose type and title follow from its code: VALIDATION_FAILED is "Validation failed". */
    public static Problem of(int status, String code, String detail, String instance, List<FieldErrorJson> errors) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        String title = (Character.toUpperCase(words.charAt(0)) + words.substring(1)).replace("json", "JSON");
        return new Problem(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'), title, status, detail, code,
                instance, errors, null);
    }

    public Problem withSubmitted(SubmittedOrderJson form) {
        return new Problem(type, title, status, detail, code, instance, errors, form);
    }

    /** One refused input field. */
    @Serdeable
    public record FieldErrorJson(String field, String code, String message) {
    }
}
