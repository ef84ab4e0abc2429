package io.ordercore.adapter.web.problem;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.ordercore.application.port.in.PlaceCallOrderUseCase.PasswordRequiredException;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * Decides the problem for an error response from its status and cause. Only the core's own
 * messages and texts written here reach the client; a framework or unexpected exception's
 * message never does (it may carry internals).
 */
final class Problems {

    private static final String VALIDATION_FAILED = ValidationException.CODE;
    private static final String BODY = "body";
    private static final String WHOLE_NUMBER = "must be a whole number";

    private Problems() {
    }

    static Problem describe(int status, Throwable cause, HttpRequest<?> request) {
        String path = request.getPath();
        if (cause instanceof DomainException refusal) {
            List<Problem.FieldErrorJson> errors = refusal instanceof ValidationException invalid
                    ? invalid.errors().stream()
                            .map(e -> new Problem.FieldErrorJson(e.field(), e.code(), e.message())).toList()
                    : null;
            Problem problem = Problem.of(status, refusal.code(), refusal.getMessage(), path, errors);
            return refusal instanceof PasswordRequiredException passwordRequired
                    ? problem.withSubmitted(SubmittedOrderJson.from(passwordRequired.submitted()))
                    : problem;
        }
        if (status >= 500) {
            return Problem.of(status, "INTERNAL_ERROR",
                    "The server failed to handle this request; the error has been logged.", path, null);
        }
        if (cause instanceof JsonSyntaxException) {
            return Problem.of(status, "MALFORMED_JSON", "The request body is not valid JSON.", path, null);
        }
        if (cause instanceof ConversionErrorException wrongType) {
            return wrongType.getCause() instanceof SerdeException unreadable
                    ? unreadableBody(status, path, unreadable)
                    : invalidField(status, path, wrongType.getArgument().getName(), "INVALID_TYPE",
                            expected(wrongType.getArgument()));
        }
        if (cause instanceof UnsatisfiedBodyRouteException) {
            return invalidField(status, path, BODY, "REQUIRED", "a JSON body is required");
        }
        if (cause instanceof UnsatisfiedRouteException missing) {
            return invalidField(status, path, missing.getArgument().getName(), "REQUIRED", "is required");
        }
        return byStatus(status, request);
    }

    /** A JSON body of the wrong shape: names the field (e.g. {@code talentIds[1]}) when serde knows it. */
    private static Problem unreadableBody(int status, String path, SerdeException e) {
        List<ReferencePath> steps = e.getPath();
        if (steps.isEmpty()) {
            return invalidField(status, path, BODY, "INVALID_TYPE", "must be a JSON object");
        }
        StringBuilder field = new StringBuilder();
        for (int i = steps.size() - 1; i >= 0; i--) {
            ReferencePath step = steps.get(i);
            if (step instanceof PropertyReferencePath property) {
                field.append(field.isEmpty() ? "" : ".").append(property.property().getName());
            } else if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            }
        }
        return invalidField(status, path, field.isEmpty() ? BODY : field.toString(), "INVALID_TYPE",
                expected(steps.get(0).getArgument()));
    }

    private static Problem invalidField(int status, String path, String field, String code, String message) {
        return Problem.of(status, VALIDATION_FAILED, "Invalid input: " + field + ": " + message, path,
                List.of(new Problem.FieldErrorJson(field, code, message)));
    }

    private static Problem byStatus(int status, HttpRequest<?> request) {
        String path = request.getPath();
        return switch (status) {
            case 404 -> Problem.of(status, "NOT_FOUND", "Nothing is found at " + path + ".", path, null);
            case 405 -> Problem.of(status, "METHOD_NOT_ALLOWED",
                    request.getMethodName() + " is not allowed on " + path + ".", path, null);
            case 406 -> Problem.of(status, "NOT_ACCEPTABLE", "This resource answers with JSON only.", path, null);
            case 413 -> Problem.of(status, "PAYLOAD_TOO_LARGE", "The request body is too large.", path, null);
            case 415 -> Problem.of(status, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the request body as application/json.", path, null);
            default -> Problem.of(status, status == 400 ? "BAD_REQUEST" : "REQUEST_REFUSED",
                    Objects.requireNonNullElse(HttpStatus.getDefaultReason(status), "Refused") + ".", path, null);
        };
    }

    private static String expected(Argument<?> argument) {
        Class<?> type = argument == null ? Object.class : argument.getType();
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return WHOLE_NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Iterable.class.isAssignableFrom(type)) {
            boolean ofNumbers = argument.getFirstTypeVariable().map(Problems::expected)
                    .filter(WHOLE_NUMBER::equals).isPresent();
            return ofNumbers ? "must be a list of whole numbers" : "must be a list";
        }
        return "has the wrong type";
    }
}
