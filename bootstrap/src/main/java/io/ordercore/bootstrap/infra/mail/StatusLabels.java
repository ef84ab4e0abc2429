package io.ordercore.bootstrap.infra.mail;

import io.ordercore.domain.account.Language;
import java.util.Map;

/** Order statuses in the words a client reads in an e-mail. */
final class StatusLabels {

    private static final Map<String, String> EN = Map.of(
            "UNPAID", "waiting for payment", "PAID", "paid", "OPERATOR_PROPOSED", "an operator is being chosen",
            "IN_PROGRESS", "an operator will make the call", "COMPLETED", "completed", "FAILED", "not done in time",
            "CANCELLED", "cancelled", "ERROR", "held by a technical problem");
    private static final Map<String, String> RU = Map.of(
            "UNPAID", "ожидает оплаты", "PAID", "оплачен", "OPERATOR_PROPOSED", "подбирается оператор",
            "IN_PROGRESS", "оператор выполнит звонок", "COMPLETED", "выполнен", "FAILED", "не выполнен в срок",
            "CANCELLED", "отменён", "ERROR", "задержан из-за технической проблемы");

    private StatusLabels() {
    }

    static String of(String status, Language language) {
        return (language == Language.EN ? EN : RU).getOrDefault(status, status);
    }
}
