package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictBoolean;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.application.port.in.CallOrderForm;

/**
 * The order form as sent by a client: the fields of {@link CallOrderForm}, same names, all raw.
 * Nothing is checked here; the core checks the whole form and reports every error at once.
 */
@Serdeable
public record PlaceOrderRequest(
        @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long callTypeId,
        @Nullable String clientName,
        @Nullable String clientEmail,
        @Nullable String recipientName,
        @Nullable String recipientPhone,
        @Nullable String recipientCountry,
        @Nullable String recipientCity,
        @Nullable String callDate,
        @Nullable String windowStart,
        @Nullable String windowEnd,
        @Nullable String preferredGender,
        @Nullable String wishes,
        @Nullable @Serdeable.Deserializable(using = StrictBoolean.class) Boolean anonymous,
        @Nullable @Serdeable.Deserializable(using = StrictBoolean.class) Boolean consent,
        @Nullable String couponCode,
        @Nullable String password,
        @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long pointId) {

    static final PlaceOrderRequest EMPTY = new PlaceOrderRequest(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    CallOrderForm toForm() {
        return new CallOrderForm(callTypeId, clientName, clientEmail, recipientName, recipientPhone, recipientCountry,
                recipientCity, callDate, windowStart, windowEnd, preferredGender, wishes, anonymous, consent,
                couponCode, password, pointId);
    }

    @Override
    public String toString() {
        return "PlaceOrderRequest[callTypeId=" + callTypeId + ", clientEmail=" + clientEmail + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
