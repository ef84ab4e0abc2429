package io.ordercore.application.port.out;

import java.time.Instant;

/** Tokens signed out before they expire; kept until then. */
public interface RevokedTokens {

    void revoke(String tokenId, Instant expiresAt);

    boolean isRevoked(String tokenId);
}
