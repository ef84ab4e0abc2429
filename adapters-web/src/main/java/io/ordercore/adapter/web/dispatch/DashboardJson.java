package io.ordercore.adapter.web.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.DispatchUseCase.Dashboard;

/** What needs a person now: orders no operator took, reviews to moderate, payouts to handle. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DashboardJson(long awaitingOperator, long reviewsToModerate, long payoutsProcessing) {

    static DashboardJson from(Dashboard d) {
        return new DashboardJson(d.awaitingOperator(), d.reviewsToModerate(), d.payoutsProcessing());
    }
}
