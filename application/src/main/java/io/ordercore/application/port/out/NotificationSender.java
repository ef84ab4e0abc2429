package io.ordercore.application.port.out;

import io.ordercore.application.port.in.OutboxMessage;

/** Delivers one notification (renders its templates and sends the e-mail). Called outside any transaction. */
public interface NotificationSender {

    /**
     * @throws DeliveryException when the message could not be handed over; it will be tried again
     */
    void send(OutboxMessage message);

    /** The message could not be delivered this time. */
    final class DeliveryException extends RuntimeException {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
