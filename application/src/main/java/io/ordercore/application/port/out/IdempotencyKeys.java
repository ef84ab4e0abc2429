package io.ordercore.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency keys of money-moving requests and the first answer given to each. A key lives in a
 * scope (who asked, and which route), so two callers' keys never meet. Every method is atomic on
 * its own and needs no surrounding transaction.
 */
public interface IdempotencyKeys {

    /** Where a key's request stands. */
    enum Status {
        /** Claimed; the request is running and has no answer yet. */
        IN_PROGRESS,
        /** The request ran; its answer is stored. */
        DONE
    }

    /** The answer stored for a key: HTTP status, content type and body, as first sent. */
    record Reply(int status, String contentType, String body) {
        public Reply {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }
    }

    /** A key already claimed: the hash of the request that claimed it, and its answer once {@link Status#DONE}. */
    record Stored(String requestHash, Status status, Optional<Reply> reply, Instant createdAt) {
        public Stored {
            Objects.requireNonNull(requestHash, "requestHash");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * Claims {@code key} in {@code scope} for the request hashed as {@code requestHash}. Returns
     * empty when this call claimed it (the caller runs the request, then completes or releases
     * the key), else what is stored for it. Of concurrent claims of one key exactly one gets empty.
     */
    Optional<Stored> claim(String scope, String key, String requestHash, Instant now);

    /** Stores the answer of a claimed key and marks it {@link Status#DONE}; a key not in progress is left alone. */
    void complete(String scope, String key, Reply reply);

    /** Forgets a claimed key whose request crashed without an answer, so it can be retried; a DONE key stays. */
    void release(String scope, String key);

    /** Forgets every key claimed before {@code cutoff}; returns how many. */
    int purgeOlderThan(Instant cutoff);
}
