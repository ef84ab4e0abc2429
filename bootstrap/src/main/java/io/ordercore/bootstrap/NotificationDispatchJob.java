package io.ordercore.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.ordercore.application.port.in.NotificationsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the notification outbox every few seconds while the service runs (not in CLI runs).
 * Several instances may run it at once: the outbox hands each message to one dispatcher only.
 */
@Singleton
@Requires(property = "ordercore.notifications.dispatch", value = "true")
class NotificationDispatchJob {

    static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatchJob.class);

    private final NotificationsUseCase notifications;

    NotificationDispatchJob(NotificationsUseCase notifications) {
        this.notifications = notifications;
    }

    @Scheduled(fixedDelay = "${ordercore.notifications.interval:5s}", initialDelay = "${ordercore.notifications.initial-delay:2s}")
    void deliver() {
        try {
            NotificationsUseCase.DeliveryReport report;
            do {
                report = notifications.deliverDue(BATCH);
                if (report.failed() > 0) {
                    LOG.warn("{} notification(s) could not be delivered; they will be retried", report.failed());
                }
            } while (report.claimed() == BATCH);
        } catch (RuntimeException e) {
            LOG.error("notification delivery run failed; the next run tries again", e);
        }
    }
}
