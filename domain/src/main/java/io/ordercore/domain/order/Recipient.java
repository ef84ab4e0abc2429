package io.ordercore.domain.order;

import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.PhoneNumber;
import java.util.Objects;

/** Who is called: name, phone (E.164), country and city. */
public record Recipient(String name, PhoneNumber phone, CountryCode country, String city) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(city, "city");
    }
}
