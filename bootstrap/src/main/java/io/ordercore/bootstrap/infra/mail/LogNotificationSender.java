package io.ordercore.bootstrap.infra.mail;

import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.out.NotificationSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default when no SMTP server is configured: writes each message to the log instead
 * of sending it. Secret parameters (a generated password) are masked; the log never shows them.
 */
public final class LogNotificationSender implements NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(LogNotificationSender.class);

    private final MailTemplates templates;

    public LogNotificationSender(MailTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void send(OutboxMessage message) {
        RenderedMail mail = templates.renderMasked(message);
        LOG.info("e-mail #{} (not sent: no SMTP configured) to {}: {}\n{}", message.id(),
                message.notification().recipient(), mail.subject(), mail.text());
    }
}
