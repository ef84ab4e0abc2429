package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.IdempotencyInProgressException;
import io.ordercore.application.port.in.IdempotencyUseCase;
import io.ordercore.application.port.in.IdempotencyUseCase.Outcome;
import io.ordercore.application.port.out.IdempotencyKeys.Reply;
import io.ordercore.application.testing.InMemoryIdempotencyKeys;
import io.ordercore.application.testing.InMemoryStore;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A request runs once per key; repeats get its answer, different requests and early repeats are refused. */
class IdempotencyTest {

    private static final Reply OK = new Reply(200, "application/json", "{\"balance\":1}");
    private static final Reply REFUSED = new Reply(422, "application/problem+json", "{\"code\":\"INSUFFICIENT_BALANCE\"}");

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys(new InMemoryStore());
    private final IdempotencyUseCase idempotency = new IdempotencyService(keys, clock);
    private final AtomicInteger runs = new AtomicInteger();

    private Reply counted(Reply reply) {
        runs.incrementAndGet();
        return reply;
    }

    @Test
    void theSameKeyAndRequestRunOnceAndReplayTheFirstAnswer() {
        Outcome first = idempotency.run("7 POST /t", "k-1", "h1", () -> counted(OK));
        Outcome second = idempotency.run("7 POST /t", "k-1", "h1", () -> counted(REFUSED));

        assertThat(first).isEqualTo(new Outcome(OK, false));
        assertThat(second).isEqualTo(new Outcome(OK, true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void anErrorAnswerIsReplayedToo() {
        idempotency.run("7 POST /t", "k-2", "h1", () -> counted(REFUSED));

        assertThat(idempotency.run("7 POST /t", "k-2", "h1", () -> counted(OK))).isEqualTo(new Outcome(REFUSED, true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        idempotency.run("7 POST /t", "k-3", "h1", () -> counted(OK));

        assertThatThrownBy(() -> idempotency.run("7 POST /t", "k-3", "h2", () -> counted(OK)))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(IdempotencyUseCase.KEY_REUSED);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIsAConflict() {
        idempotency.run("7 POST /t", "k-4", "h1", () -> {
            assertThatThrownBy(() -> idempotency.run("7 POST /t", "k-4", "h1", () -> counted(OK)))
                    .isInstanceOf(IdempotencyInProgressException.class)
                    .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
            return counted(OK);
        });

        assertThat(runs).hasValue(1);
    }

    @Test
    void scopesKeepKeysApart() {
        idempotency.run("7 POST /t", "k-5", "h1", () -> counted(OK));

        assertThat(idempotency.run("8 POST /t", "k-5", "h2", () -> counted(REFUSED))).isEqualTo(new Outcome(REFUSED, false));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aCrashReleasesTheKeySoARetryRuns() {
        assertThatThrownBy(() -> idempotency.run("7 POST /t", "k-6", "h1", () -> {
            throw new IllegalStateException("database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(idempotency.run("7 POST /t", "k-6", "h1", () -> counted(OK))).isEqualTo(new Outcome(OK, false));
    }

    @Test
    void keysMustBeOneTo255PrintableAsciiCharacters() {
        for (String bad : new String[] {null, "", "x".repeat(256), "ключ", "tab\there"}) {
            assertThatThrownBy(() -> idempotency.run("7 POST /t", bad, "h1", () -> counted(OK)))
                    .as(String.valueOf(bad))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("Idempotency-Key"));
        }
        assertThat(idempotency.run("7 POST /t", "x".repeat(255), "h1", () -> counted(OK)).replayed()).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void purgingKeepsKeysYoungerThanADay() {
        idempotency.run("7 POST /t", "old", "h1", () -> counted(OK));
        clock.advance(Duration.ofHours(23));
        idempotency.run("7 POST /t", "young", "h1", () -> counted(OK));
        clock.advance(Duration.ofHours(2));

        assertThat(idempotency.purgeOlderThan(clock.instant())).as("a too-late cutoff is moved back a day").isEqualTo(1);
        assertThat(idempotency.run("7 POST /t", "young", "h1", () -> counted(REFUSED)).replayed()).isTrue();
        assertThat(idempotency.run("7 POST /t", "old", "h1", () -> counted(REFUSED))).isEqualTo(new Outcome(REFUSED, false));
    }
}
