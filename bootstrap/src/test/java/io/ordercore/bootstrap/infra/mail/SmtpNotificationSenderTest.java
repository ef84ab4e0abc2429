package io.ordercore.bootstrap.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.out.NotificationSender;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.notification.NotificationType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real SMTP, in process: what the sender hands over is what a mail client receives. */
class SmtpNotificationSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private SmtpNotificationSender sender(int port) {
        return new SmtpNotificationSender(new SmtpNotificationSender.Settings("127.0.0.1", port, "", "",
                "ordercore@calls.example", false, 2000), new MailTemplates("https://calls.example"));
    }

    @Test
    void aNotificationArrivesAsUtf8TextAndHtmlWithAStableMessageId() throws Exception {
        OutboxMessage message = MailTemplatesTest.message(NotificationType.ACCOUNT_CREATED, Language.RU,
                Map.of("name", "Анна", "email", "anna@example.com", "passwordGenerated", "true"),
                Map.of("password", "Zq7-secret-Pw"));

        sender(SMTP.getSmtp().getPort()).send(message);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Ваш аккаунт ordercore");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("anna@example.com");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ordercore@calls.example");
        assertThat(mail.getMessageID()).isEqualTo("<notification-42@ordercore>");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).isNotEmpty();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Здравствуйте, Анна!").contains("Zq7-secret-Pw");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<b>Zq7-secret-Pw</b>");
    }

    @Test
    void anUnreachableServerIsADeliveryFailureToRetry() {
        OutboxMessage message = MailTemplatesTest.message(NotificationType.PASSWORD_CHANGED, Language.EN,
                Map.of("name", "Anna"), Map.of());

        assertThatThrownBy(() -> sender(1).send(message)).isInstanceOf(NotificationSender.DeliveryException.class)
                .hasMessageContaining("127.0.0.1");
    }
}
