package io.ordercore.adapter.web.telephony;

import io.micronaut.serde.annotation.Serdeable;

/** What a call report did: COMPLETED, TOO_SHORT, RECORDING_READY or DUPLICATE (nothing changed). */
@Serdeable
public record OutcomeJson(String outcome) {
}
