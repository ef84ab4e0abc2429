package io.ordercore.application.port.in;

import java.time.Instant;

/** Ends a session: its token is refused from now on, until it would have expired anyway. */
public interface SignOutUseCase {

    void signOut(Caller caller, String tokenId, Instant expiresAt);
}
