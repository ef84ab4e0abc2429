package io.ordercore.adapter.web.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.ordercore.adapter.web.security.InvalidSignatureException;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.domain.shared.DomainException;
import jakarta.inject.Singleton;

/**
 * Turns a refusal of the core into its HTTP status, by kind; the body is made by
 * {@link ProblemResponseProcessor} like every other error's. A 401 names the scheme to
 * authenticate with (RFC 7235): a bearer token, or for a signed callback its signature; a withdrawn
 * token says so (RFC 6750).
 */
@Produces
@Singleton
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    public DomainExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        return respond(request, exception);
    }

    MutableHttpResponse<?> respond(HttpRequest<?> request, DomainException exception) {
        MutableHttpResponse<?> response = HttpResponse.status(status(exception.kind()));
        if (exception.kind() == DomainException.Kind.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge(exception));
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), response);
    }

    private static String challenge(DomainException exception) {
        if (exception instanceof InvalidSignatureException) {
            return InvalidSignatureException.CHALLENGE;
        }
        return UnauthenticatedException.INVALID_TOKEN.equals(exception.code()) ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    static HttpStatus status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
