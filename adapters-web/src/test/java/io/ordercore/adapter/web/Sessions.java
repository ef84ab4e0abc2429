package io.ordercore.adapter.web;

import io.ordercore.adapter.web.security.AccessTokens;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.PointId;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts opened straight in the core and bearer tokens for them, issued the way sign-in issues
 * them, so a test about an endpoint needs no sign-in round trip. Passwords are {@link InMemoryCore#PASSWORD}.
 */
@Singleton
public class Sessions {

    private final InMemoryCore memory;
    private final AccessTokens tokens;
    private final AtomicInteger counter = new AtomicInteger();

    public Sessions(InMemoryCore memory, AccessTokens tokens) {
        this.memory = memory;
        this.tokens = tokens;
    }

    /** A new account of the role, at the main point when it has one, with a unique e-mail. */
    public Caller.SignedIn account(Role role) {
        return memory.signedIn(role, uniqueEmail(role));
    }

    public Caller.SignedIn account(Role role, PointId point) {
        return memory.signedIn(role, uniqueEmail(role), point);
    }

    /** A token of a new account of the role. */
    public String token(Role role) {
        return tokenOf(account(role));
    }

    /** A token of the administrator every test context has (admin@ordercore.test). */
    public String admin() {
        return tokenOf(memory.admin());
    }

    /** A token of the account as it is stored now (its current credentials version). */
    public String tokenOf(Caller.SignedIn caller) {
        return tokens.issue(AccountView.of(memory.accounts.find(caller.id()).orElseThrow())).value();
    }

    private String uniqueEmail(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-') + counter.incrementAndGet() + "@ordercore.test";
    }
}
