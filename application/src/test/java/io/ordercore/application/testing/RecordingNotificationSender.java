package io.ordercore.application.testing;

import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.out.NotificationSender;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Records what it is asked to send; can be told to fail for some messages. Thread-safe. */
public final class RecordingNotificationSender implements NotificationSender {

    private final List<OutboxMessage> sent = new ArrayList<>();
    private volatile Predicate<OutboxMessage> failWhen = m -> false;

    @Override
    public synchronized void send(OutboxMessage message) {
        if (failWhen.test(message)) {
            throw new DeliveryException("refused by the test", null);
        }
        sent.add(message);
    }

    public void failWhen(Predicate<OutboxMessage> condition) {
        this.failWhen = condition;
    }

    public synchronized List<OutboxMessage> sent() {
        return List.copyOf(sent);
    }
}
