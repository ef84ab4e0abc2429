package io.ordercore.bootstrap.infra.mail;

import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.out.NotificationSender;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends notifications over SMTP with Jakarta Mail: multipart/alternative (plain text and HTML),
 * UTF-8, and a Message-ID derived from the outbox id, stable across retries.
 */
public final class SmtpNotificationSender implements NotificationSender {

    /** SMTP settings; {@code user} empty means no authentication. */
    public record Settings(String host, int port, String user, String password, String from, boolean startTls,
                           int timeoutMillis) {
    }

    private final Session session;
    private final Settings settings;
    private final MailTemplates templates;

    public SmtpNotificationSender(Settings settings, MailTemplates templates) {
        this.settings = settings;
        this.templates = templates;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        boolean auth = settings.user() != null && !settings.user().isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        this.session = auth
                ? Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user(), settings.password());
                    }
                })
                : Session.getInstance(props);
    }

    @Override
    public void send(OutboxMessage message) {
        RenderedMail mail = templates.render(message);
        try {
            MimeMessage mime = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<notification-" + message.id() + "@ordercore>");
                }
            };
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.notification().recipient().value()));
            mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            mime.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(mime);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP delivery to " + settings.host() + " failed: " + e.getMessage(), e);
        }
    }
}
