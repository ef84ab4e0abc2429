package io.ordercore.adapter.web.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.domain.account.AccountId;

/**
 * One dispatch decision about an order: {@code kind} AUTO, MANUAL, FORCED or REMOVED, the operator
 * chosen (null when nobody could take it), the policy's {@code explanation} and who decided.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DecisionJson(String at, String kind, @Nullable Long chosenOperatorId, String explanation,
                           String decidedBy) {

    static DecisionJson from(Dispatches.Decision d) {
        return new DecisionJson(d.at().toString(), d.kind().name(), d.chosen().map(AccountId::value).orElse(null),
                d.explanation(), d.decidedBy());
    }
}
