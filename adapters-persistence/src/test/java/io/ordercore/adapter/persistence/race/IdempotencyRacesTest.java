package io.ordercore.adapter.persistence.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.ordercore.adapter.persistence.testing.StorageContext;
import io.ordercore.application.port.out.IdempotencyKeys;
import io.ordercore.application.port.out.IdempotencyKeys.Status;
import io.ordercore.application.port.out.IdempotencyKeys.Stored;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/** One idempotency key claimed by many requests at the same instant on real PostgreSQL: exactly one runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyRacesTest {

    private final Instant now = Instant.parse("2026-11-23T06:00:00.000001Z");
    private ApplicationContext context;
    private IdempotencyKeys keys;

    @BeforeAll
    void start() {
        context = StorageContext.postgres("idempotency_races");
        keys = context.getBean(IdempotencyKeys.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @RepeatedTest(3)
    void twentyConcurrentClaimsOfOneKeyClaimItExactlyOnce() throws Exception {
        String scope = "7 POST /api/v1/me/balance/transfer";
        String key = UUID.randomUUID().toString();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicInteger claimed = new AtomicInteger();

        Map<String, Integer> outcomes = Race.run(20, i -> () -> {
            Optional<Stored> found = keys.claim(scope, key, "hash-" + i, now);
            if (found.isEmpty()) {
                claimed.incrementAndGet();
            } else {
                seen.merge(found.get().status().name(), 1, Integer::sum);
            }
            return null;
        });

        assertThat(outcomes).containsExactly(Map.entry("OK", 20));
        assertThat(claimed).hasValue(1);
        assertThat(seen).containsExactly(Map.entry(Status.IN_PROGRESS.name(), 19));
    }
}
