package io.ordercore.adapter.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.domain.shared.DomainException;
import jakarta.inject.Singleton;

/**
 * Micronaut Security's refusals (no token, a token that does not verify or has expired, a role
 * the route does not admit) answered like the core's own: problem JSON with a stable code, never
 * a redirect. Replaces Micronaut's handler, which answers with an empty body or a login redirect.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AuthorizationExceptionHandler implements ExceptionHandler<AuthorizationException, HttpResponse<?>> {

    private final DomainExceptionHandler refusals;

    public AuthorizationExceptionHandler(DomainExceptionHandler refusals) {
        this.refusals = refusals;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        return refusals.respond(request, refusal(request, exception));
    }

    private static DomainException refusal(HttpRequest<?> request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return new AccessDeniedException("Your role may not use " + request.getMethodName() + " "
                    + request.getPath());
        }
        return request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                ? UnauthenticatedException.invalidToken()
                : UnauthenticatedException.signInRequired();
    }
}
