package io.ordercore.adapter.web.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.out.Dispatches;
import java.util.List;

/** Every decision about an order, oldest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DecisionListJson(List<DecisionJson> items) {

    static DecisionListJson from(List<Dispatches.Decision> decisions) {
        return new DecisionListJson(decisions.stream().map(DecisionJson::from).toList());
    }
}
