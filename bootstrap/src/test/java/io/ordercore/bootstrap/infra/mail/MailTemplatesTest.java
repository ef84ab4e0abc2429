package io.ordercore.bootstrap.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.Email;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates("https://calls.example/");

    static OutboxMessage message(NotificationType type, Language language, Map<String, String> params,
                                 Map<String, String> secrets) {
        Instant now = Instant.parse("2026-11-23T06:00:00Z");
        return new OutboxMessage(42, new Notification(type, Email.of("anna@example.com"), language, params, secrets),
                OutboxMessage.Status.SENDING, 0, now, now, Optional.empty(), Optional.empty());
    }

    private static final Map<String, String> ORDER = Map.of("orderId", "1042", "status", "PAID", "clientName", "Anna",
            "callType", "Birthday <song>", "callDate", "2026-11-25", "windowStart", "10:00", "windowEnd", "12:00",
            "total", "500.00", "currency", "RUB", "from", "UNPAID");

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyTypeRendersInBothLanguagesWithoutLeftoverTags(NotificationType type) {
        for (Language language : Language.values()) {
            RenderedMail mail = templates.render(message(type, language, withAccount(ORDER), Map.of()));
            assertThat(mail.subject()).as(type + " " + language).isNotBlank().doesNotContain("{{");
            assertThat(mail.text()).doesNotContain("{{").isNotBlank();
            assertThat(mail.html()).startsWith("<!DOCTYPE html>").doesNotContain("{{");
        }
    }

    @Test
    void statusesAreWordsInTheRecipientsLanguage() {
        assertThat(templates.render(message(NotificationType.ORDER_STATUS_CHANGED, Language.EN, ORDER, Map.of())).subject())
                .isEqualTo("Order 1042: paid");
        assertThat(templates.render(message(NotificationType.ORDER_STATUS_CHANGED, Language.RU, ORDER, Map.of())).subject())
                .isEqualTo("Заказ 1042: оплачен");
    }

    @Test
    void htmlEscapesValuesAndTextKeepsThem() {
        RenderedMail mail = templates.render(message(NotificationType.ORDER_PLACED, Language.EN, ORDER, Map.of()));
        assertThat(mail.html()).contains("Birthday &lt;song&gt;").doesNotContain("Birthday <song>");
        assertThat(mail.text()).contains("Birthday <song>").contains("https://calls.example");
    }

    @Test
    void aGeneratedPasswordIsSentButMaskedForTheLog() {
        OutboxMessage created = message(NotificationType.ACCOUNT_CREATED, Language.EN,
                Map.of("name", "Anna", "email", "anna@example.com", "passwordGenerated", "true"),
                Map.of("password", "Zq7-secret-Pw"));

        assertThat(templates.render(created).text()).contains("Zq7-secret-Pw");
        assertThat(templates.render(created).html()).contains("Zq7-secret-Pw");
        RenderedMail masked = templates.renderMasked(created);
        assertThat(masked.text() + masked.html() + masked.subject()).doesNotContain("Zq7-secret-Pw");
    }

    @Test
    void anAccountWithAChosenPasswordIsNotToldAnyPassword() {
        RenderedMail mail = templates.render(message(NotificationType.ACCOUNT_CREATED, Language.RU,
                Map.of("name", "Анна", "email", "anna@example.com", "passwordGenerated", "false"), Map.of()));
        assertThat(mail.text()).contains("пароль, который вы выбрали").doesNotContain("пароль:");
    }

    private static Map<String, String> withAccount(Map<String, String> order) {
        Map<String, String> all = new java.util.HashMap<>(order);
        all.put("name", "Anna");
        all.put("email", "anna@example.com");
        all.put("newEmail", "new@example.com");
        all.put("code", "ABCDEFGH2345");
        all.put("percent", "10");
        all.put("expiresOn", "2026-12-31");
        return all;
    }

    @org.junit.jupiter.api.Test
    void aRepeatOrderCouponMailCarriesTheCodePercentAndExpiry() {
        RenderedMail mail = templates.render(message(NotificationType.COUPON_GRANTED, Language.EN,
                Map.of("name", "Anna", "code", "ABCDEFGH2345", "percent", "10", "kind", "REPEAT_ORDER",
                        "expiresOn", "2026-12-31"), Map.of()));

        assertThat(mail.subject()).isEqualTo("A 10% coupon for your next order");
        assertThat(mail.text()).contains("ABCDEFGH2345").contains("until 2026-12-31");
        assertThat(mail.html()).contains("<b>ABCDEFGH2345</b>");
    }
}
