package io.ordercore.adapter.web.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.ordercore.application.port.in.AuthenticateUseCase;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.UnauthenticatedException;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Gives a controller argument of type {@link Caller} the request's caller: the account of its
 * verified bearer token, as the core still accepts it (no password change, block or sign-out
 * since), or a visitor when there is no token. A token that does not verify is refused rather
 * than taken for a visitor, so nobody places an order as someone else by mistake.
 *
 * <p>Postponed: bound after the security filter has read the token, and on the route's own
 * (blocking) executor, because authenticating reads the account store.
 */
@Singleton
public class CallerBinder implements TypedRequestArgumentBinder<Caller>, PostponedRequestArgumentBinder<Caller> {

    private static final Argument<Caller> TYPE = Argument.of(Caller.class);

    private final AuthenticateUseCase authenticate;

    public CallerBinder(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Argument<Caller> argumentType() {
        return TYPE;
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        Caller caller = callerOf(request);
        return () -> Optional.of(caller);
    }

    private Caller callerOf(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isPresent()) {
            return authenticate.authenticate(BearerClaims.of(authentication.get()));
        }
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            throw UnauthenticatedException.invalidToken();
        }
        return Caller.anonymous();
    }
}
