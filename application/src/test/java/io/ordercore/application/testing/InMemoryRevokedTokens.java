package io.ordercore.application.testing;

import io.ordercore.application.port.out.RevokedTokens;
import java.time.Instant;

/** {@link RevokedTokens} over {@link InMemoryStore}. */
public final class InMemoryRevokedTokens implements RevokedTokens {

    private final InMemoryStore store;

    public InMemoryRevokedTokens(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        store.locked(s -> s.revoked.put(tokenId, expiresAt));
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return store.locked(s -> s.revoked.containsKey(tokenId));
    }
}
