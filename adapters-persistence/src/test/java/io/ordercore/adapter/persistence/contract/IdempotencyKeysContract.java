package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.out.IdempotencyKeys;
import io.ordercore.application.port.out.IdempotencyKeys.Reply;
import io.ordercore.application.port.out.IdempotencyKeys.Status;
import io.ordercore.application.port.out.IdempotencyKeys.Stored;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every store of idempotency keys must do. */
public abstract class IdempotencyKeysContract {

    protected abstract PortSet ports();

    private final Instant now = Instant.parse("2026-11-23T06:00:00.123456Z");

    private IdempotencyKeys keys() {
        return ports().idempotencyKeys();
    }

    private static String unique(String label) {
        return label + "-" + UUID.randomUUID();
    }

    @Test
    void aNewKeyIsClaimedOnceThenShowsItsRequestInProgress() {
        String scope = unique("7 POST /api/v1/me/balance/transfer");

        Optional<Stored> first = keys().claim(scope, "key-1", "hash-a", now);
        Optional<Stored> second = keys().claim(scope, "key-1", "hash-b", now.plusSeconds(1));

        assertThat(first).isEmpty();
        assertThat(second).contains(new Stored("hash-a", Status.IN_PROGRESS, Optional.empty(), now));
    }

    @Test
    void aCompletedKeyKeepsItsFirstReplyVerbatim() {
        String scope = unique("7 POST /x");
        String body = "{\"type\":\"about:blank\",\"code\":\"INSUFFICIENT_BALANCE\",\"detail\":\"Ünïcode ₽ and \\\"quotes\\\"\"}"
                + "x".repeat(20_000);
        Reply reply = new Reply(422, "application/problem+json", body);
        keys().claim(scope, "k", "h", now);

        keys().complete(scope, "k", reply);
        keys().complete(scope, "k", new Reply(200, "application/json", "{}"));
        keys().release(scope, "k");

        assertThat(keys().claim(scope, "k", "h", now.plusSeconds(5)))
                .contains(new Stored("h", Status.DONE, Optional.of(reply), now));
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        String scope = unique("7 POST /x");
        keys().claim(scope, "k", "h", now);

        keys().release(scope, "k");

        assertThat(keys().claim(scope, "k", "h2", now.plusSeconds(1))).isEmpty();
        assertThat(keys().claim(scope, "k", "h", now.plusSeconds(2)).map(Stored::requestHash)).contains("h2");
    }

    @Test
    void scopesKeepTheSameKeyApart() {
        String key = unique("shared-key");

        assertThat(keys().claim(unique("7 POST /x"), key, "h", now)).isEmpty();
        assertThat(keys().claim(unique("8 POST /x"), key, "h", now)).isEmpty();
    }

    @Test
    void purgingForgetsOnlyKeysClaimedBeforeTheCutoff() {
        String scope = unique("7 POST /x");
        Instant longAgo = now.minus(Duration.ofDays(400));
        keys().claim(scope, "old", "h", longAgo);
        keys().complete(scope, "old", new Reply(200, "application/json", "{}"));
        keys().claim(scope, "edge", "h", longAgo.plusSeconds(10));

        int purged = keys().purgeOlderThan(longAgo.plusSeconds(10));

        assertThat(purged).isEqualTo(1);
        assertThat(keys().claim(scope, "old", "h", now)).isEmpty();
        assertThat(keys().claim(scope, "edge", "h", now)).isPresent();
    }

    @Test
    void aClaimInsideAFailingTransactionDoesNotBreakIt() {
        String scope = unique("7 POST /x");
        keys().claim(scope, "k", "h", now);

        Optional<Stored> again = ports().transactions().inTransaction(() -> {
            Optional<Stored> inside = keys().claim(scope, "k", "h", now);
            keys().claim(scope, "other", "h", now); // the transaction is still usable after a conflicting claim
            return inside;
        });

        assertThat(again).isPresent();
        assertThat(keys().claim(scope, "other", "h", now)).isPresent();
    }
}
