package io.ordercore.application.service;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.SignInUseCase;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.shared.DomainException;

final class SignInService implements SignInUseCase {

    private final Credentials credentials;
    private final AuditTrail audit;

    SignInService(Credentials credentials, AuditTrail audit) {
        this.credentials = credentials;
        this.audit = audit;
    }

    @Override
    public AccountView signIn(String email, String password) {
        // Audited as the visitor, on the login tried; the password never reaches the record.
        String login = "login:" + (email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT));
        String target = login.length() > 260 ? login.substring(0, 260) : login;
        Account account;
        try {
            // Not inside the audit's transaction: a wrong password is counted in a transaction of its
            // own, and the refusal would roll that count back with the action (no lock-out, ever).
            account = credentials.verify(email, password);
        } catch (DomainException e) {
            audit.refused(Caller.anonymous(), "auth.sign-in", target, e);
            throw e;
        }
        return audit.record(Caller.anonymous(), "auth.sign-in", target, () -> AccountView.of(account));
    }
}
