package io.ordercore.adapter.web.telephony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictBoolean;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.application.port.in.CallReport;
import io.ordercore.domain.shared.Validation;

/**
 * A call result as telephony sends it: the order and operator, {@code start} and {@code end} as
 * ISO-8601 instants, {@code durationSeconds} talked, telephony's {@code outcome} word (ANSWERED,
 * BUSY...), and the recording: its {@code recordingUrl} and whether it is ready. Checked by the core.
 */
@Serdeable
public record CallReportRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long orderId,
                                @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long operatorId,
                                @Nullable String start,
                                @Nullable String end,
                                @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long durationSeconds,
                                @Nullable String recordingUrl,
                                @Nullable String outcome,
                                @Nullable @Serdeable.Deserializable(using = StrictBoolean.class) Boolean recordingReady) {

    /** The report for the core, which checks it; an id that cannot be one is refused here already. */
    CallReport toReport() {
        Validation v = new Validation();
        refuseImpossibleId(v, "orderId", orderId);
        refuseImpossibleId(v, "operatorId", operatorId);
        v.throwIfInvalid();
        return new CallReport(orderId, operatorId, start, end, durationSeconds, recordingUrl, outcome, recordingReady);
    }

    private static void refuseImpossibleId(Validation v, String field, Long id) {
        if (id != null && id <= 0) {
            v.reject(field, "NOT_AN_ID", "must be a positive whole number");
        }
    }
}
