package io.ordercore.adapter.web.partner;

import io.micronaut.serde.annotation.Serdeable;

/** The global commission percentage, for partners without their own. */
@Serdeable
public record CommissionJson(int commissionPercent) {
}
