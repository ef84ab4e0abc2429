package io.ordercore.application.service;

import io.ordercore.application.port.out.Settings;
import java.time.Duration;

/** Dispatch's timings, from settings with the product's defaults. */
final class DispatchSettings {

    static final String CONFIRMATION_TIMEOUT = "dispatch.confirmation-timeout-minutes";
    static final String CRITICAL_TIME = "dispatch.critical-time-minutes";
    static final String RETRY_INTERVAL = "dispatch.retry-minutes";

    private final Settings settings;

    DispatchSettings(Settings settings) {
        this.settings = settings;
    }

    /** How long a proposed operator has to answer before silence counts as a refusal. */
    Duration confirmationTimeout() {
        return minutes(CONFIRMATION_TIMEOUT, 15);
    }

    /** How long before the window ends an order without a call result loses its operator. */
    Duration criticalTime() {
        return minutes(CRITICAL_TIME, 30);
    }

    /** How often an order no operator could take is tried again. */
    Duration retryInterval() {
        return minutes(RETRY_INTERVAL, 5);
    }

    private Duration minutes(String key, long fallback) {
        return Duration.ofMinutes(settings.get(key).map(Long::parseLong).orElse(fallback));
    }
}
