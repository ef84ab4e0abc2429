package io.ordercore.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.ordercore.application.port.in.IdempotencyUseCase;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forgets Idempotency-Keys older than their 24 hours, hourly, while the service runs. */
@Singleton
@Requires(property = "ordercore.dispatch.scheduler", value = "true")
class IdempotencyPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurgeJob.class);

    private final IdempotencyUseCase idempotency;
    private final Clock clock;

    IdempotencyPurgeJob(IdempotencyUseCase idempotency, Clock clock) {
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purge() {
        try {
            int purged = idempotency.purgeOlderThan(clock.instant().minus(IdempotencyUseCase.RETENTION));
            if (purged > 0) {
                LOG.info("forgot {} idempotency key(s) older than 24 h", purged);
            }
        } catch (RuntimeException e) {
            LOG.error("purging idempotency keys failed; the next run tries again", e);
        }
    }
}
