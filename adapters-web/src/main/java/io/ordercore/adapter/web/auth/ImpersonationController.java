package io.ordercore.adapter.web.auth;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.security.AccessTokens;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ImpersonateUseCase;
import io.ordercore.application.port.in.ImpersonateUseCase.Impersonation;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** A supervisor or administrator acting as another user. */
@Controller("/api/v1/admin/impersonate")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: users")
public class ImpersonationController {

    private final ImpersonateUseCase impersonate;
    private final AccessTokens tokens;

    public ImpersonationController(ImpersonateUseCase impersonate, AccessTokens tokens) {
        this.impersonate = impersonate;
        this.tokens = tokens;
    }

    @Post
    @Secured({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "A token acting as another account, carrying who really acts; every action with it is"
            + " audited under both (403 for an administrator as target, or when already acting as someone)")
    public SessionJson impersonate(@Body ImpersonateRequest body, @RequestCaller Caller caller) {
        if (body.accountId() == null || body.accountId() <= 0) {
            throw ValidationException.of("accountId", "NOT_AN_ID", "is required: a positive whole number");
        }
        Impersonation acting = impersonate.impersonate(caller, new AccountId(body.accountId()));
        AccessTokens.IssuedToken token = tokens.issue(acting.target(), Optional.of(acting.impersonator().id()));
        return SessionJson.of(token, acting.target(), acting.impersonator());
    }
}
