package io.ordercore.application.testing;

import io.ordercore.application.port.out.IdempotencyKeys;
import java.time.Instant;
import java.util.Optional;

/** {@link IdempotencyKeys} over {@link InMemoryStore}; the store's lock makes a claim atomic. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    record ScopedKey(String scope, String key) {
    }

    private final InMemoryStore store;

    public InMemoryIdempotencyKeys(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Stored> claim(String scope, String key, String requestHash, Instant now) {
        return store.locked(s -> {
            ScopedKey id = new ScopedKey(scope, key);
            Stored found = s.idempotencyKeys.get(id);
            if (found != null) {
                return Optional.of(found);
            }
            s.idempotencyKeys.put(id, new Stored(requestHash, Status.IN_PROGRESS, Optional.empty(), now));
            return Optional.<Stored>empty();
        });
    }

    @Override
    public void complete(String scope, String key, Reply reply) {
        store.locked(s -> s.idempotencyKeys.computeIfPresent(new ScopedKey(scope, key), (id, found) ->
                found.status() == Status.IN_PROGRESS
                        ? new Stored(found.requestHash(), Status.DONE, Optional.of(reply), found.createdAt())
                        : found));
    }

    @Override
    public void release(String scope, String key) {
        store.locked(s -> s.idempotencyKeys.computeIfPresent(new ScopedKey(scope, key), (id, found) ->
                found.status() == Status.IN_PROGRESS ? null : found));
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return store.locked(s -> {
            int before = s.idempotencyKeys.size();
            s.idempotencyKeys.values().removeIf(stored -> stored.createdAt().isBefore(cutoff));
            return before - s.idempotencyKeys.size();
        });
    }
}
