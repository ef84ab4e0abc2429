package io.ordercore.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.ordercore.adapter.web.account.AccountJson;
import io.ordercore.adapter.web.security.AccessTokens;
import io.ordercore.adapter.web.security.BearerClaims;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.application.port.in.AccountCabinetUseCase;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.RegisterUseCase;
import io.ordercore.application.port.in.SignInUseCase;
import io.ordercore.application.port.in.SignOutUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Registration, sign-in and sign-out, and the changes of one's own credentials. */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Auth", description = "Accounts, bearer tokens and credentials")
public class AuthController {

    private final RegisterUseCase register;
    private final SignInUseCase signIn;
    private final SignOutUseCase signOut;
    private final AccountCabinetUseCase cabinet;
    private final AccessTokens tokens;

    public AuthController(RegisterUseCase register, SignInUseCase signIn, SignOutUseCase signOut,
                          AccountCabinetUseCase cabinet, AccessTokens tokens) {
        this.register = register;
        this.signIn = signIn;
        this.signOut = signOut;
        this.cabinet = cabinet;
        this.tokens = tokens;
    }

    @Post("/register")
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Open a client account and sign in",
            description = "400 lists every refused field (malformed e-mail, weak password with the rule it breaks,"
                    + " referralCode UNKNOWN_REFERRAL_CODE when no partner has it); 409 EMAIL_TAKEN when the e-mail"
                    + " has an account. With a partner's referralCode the client is attributed to that partner.")
    public SessionJson register(@Nullable @Body RegisterRequest body) {
        AccountView account = register.register((body == null ? RegisterRequest.EMPTY : body).toForm());
        return SessionJson.of(tokens.issue(account), account);
    }

    @Post("/sign-in")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign in with e-mail and password: a bearer token",
            description = "401 INVALID_CREDENTIALS alike for an unknown e-mail, a wrong password, a locked or blocked"
                    + " account; ten wrong passwords in a row lock the account for 15 minutes.")
    public SessionJson signIn(@Nullable @Body SignInRequest body) {
        AccountView account = body == null ? signIn.signIn(null, null) : signIn.signIn(body.email(), body.password());
        return SessionJson.of(tokens.issue(account), account);
    }

    @Post("/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "End this session: its token is refused from now on")
    public void signOut(Authentication authentication, @RequestCaller Caller caller) {
        signOut.signOut(caller, BearerClaims.of(authentication).tokenId(), BearerClaims.expiresAt(authentication));
    }

    @Put("/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change one's password (the old one is required): every earlier token stops working,"
            + " a new one is returned")
    public SessionJson changePassword(@Body PasswordChangeRequest body, @RequestCaller Caller caller) {
        AccountView account = cabinet.changePassword(caller, body.oldPassword(), body.newPassword());
        Optional<Caller.Impersonator> impersonator = caller instanceof Caller.SignedIn s ? s.impersonator() : Optional.empty();
        AccessTokens.IssuedToken token = tokens.issue(account, impersonator.map(Caller.Impersonator::id));
        return impersonator.map(i -> SessionJson.of(token, account, i)).orElseGet(() -> SessionJson.of(token, account));
    }

    @Put("/email")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change one's e-mail, the login (the password is required; 409 EMAIL_TAKEN when in use)")
    public AccountJson changeEmail(@Body EmailChangeRequest body, @RequestCaller Caller caller) {
        return AccountJson.from(cabinet.changeEmail(caller, body.email(), body.password()));
    }
}
