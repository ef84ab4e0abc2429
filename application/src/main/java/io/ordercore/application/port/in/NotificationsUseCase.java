package io.ordercore.application.port.in;

import java.util.List;

/** The notification outbox: delivery (for the scheduler) and its administration. */
public interface NotificationsUseCase {

    /**
     * Delivers what is due, at most {@code max} messages, and reports what happened. Safe to run on
     * several instances at once: every message is claimed by one dispatcher only.
     */
    DeliveryReport deliverDue(int max);

    /** Administrators: the outbox, newest first; secret parameters are never shown. */
    List<OutboxMessage> list(Caller caller, OutboxQuery query);

    /** Administrators: a FAILED message is tried again. */
    void retry(Caller caller, long id);

    /** What one delivery run did. */
    record DeliveryReport(int claimed, int sent, int failed) {
    }
}
