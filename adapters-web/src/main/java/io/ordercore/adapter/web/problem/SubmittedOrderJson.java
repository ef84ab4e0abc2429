package io.ordercore.adapter.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.CallOrderForm;

/**
 * An order form as submitted, every field but the password, so the client can show it again
 * with a password field added. Absent fields come back as null.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubmittedOrderJson(@Nullable Long callTypeId, @Nullable String clientName, @Nullable String clientEmail,
                                 @Nullable String recipientName, @Nullable String recipientPhone,
                                 @Nullable String recipientCountry, @Nullable String recipientCity,
                                 @Nullable String callDate, @Nullable String windowStart, @Nullable String windowEnd,
                                 @Nullable String preferredGender, @Nullable String wishes, @Nullable Boolean anonymous,
                                 @Nullable Boolean consent, @Nullable String couponCode, @Nullable Long pointId) {

    static SubmittedOrderJson from(CallOrderForm f) {
        return new SubmittedOrderJson(f.callTypeId(), f.clientName(), f.clientEmail(), f.recipientName(),
                f.recipientPhone(), f.recipientCountry(), f.recipientCity(), f.callDate(), f.windowStart(),
                f.windowEnd(), f.preferredGender(), f.wishes(), f.anonymous(), f.consent(), f.couponCode(), f.pointId());
    }
}
