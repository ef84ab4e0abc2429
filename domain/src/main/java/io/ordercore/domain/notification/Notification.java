package io.ordercore.domain.notification;

import io.ordercore.domain.account.Language;
import io.ordercore.domain.shared.Email;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send to one person. Parameters fill the type's templates; secret parameters
 * (a generated password) are kept apart so they never appear in listings or logs and can be
 * erased once the message is sent.
 */
public record Notification(NotificationType type, Email recipient, Language language, Map<String, String> params,
                           Map<String, String> secretParams) {

    public Notification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        params = Map.copyOf(params);
        secretParams = Map.copyOf(secretParams);
    }

    public static Notification of(NotificationType type, Email recipient, Language language, Map<String, String> params) {
        return new Notification(type, recipient, language, params, Map.of());
    }
}
