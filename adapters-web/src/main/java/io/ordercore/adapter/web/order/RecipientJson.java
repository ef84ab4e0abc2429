package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.Recipient;

/** Who is called; {@code phone} in E.164, {@code country} an ISO 3166-1 alpha-2 code. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecipientJson(String name, String phone, String country, String city) {

    public static RecipientJson from(Recipient recipient) {
        return new RecipientJson(recipient.name(), recipient.phone().e164(), recipient.country().value(),
                recipient.city());
    }
}
