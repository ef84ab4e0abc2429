package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.SignOutUseCase;
import io.ordercore.application.port.out.RevokedTokens;
import java.time.Instant;

final class SignOutService implements SignOutUseCase {

    private final RevokedTokens revoked;
    private final AuditTrail audit;

    SignOutService(RevokedTokens revoked, AuditTrail audit) {
        this.revoked = revoked;
        this.audit = audit;
    }

    @Override
    public void signOut(Caller caller, String tokenId, Instant expiresAt) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        audit.record(caller, "auth.sign-out", "account:" + me.id(), () -> revoked.revoke(tokenId, expiresAt));
    }
}
