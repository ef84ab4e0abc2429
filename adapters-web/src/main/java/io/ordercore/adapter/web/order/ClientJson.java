package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.Client;

/** Who ordered: the name given and the e-mail (their login). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientJson(String name, String email) {

    public static ClientJson from(Client client) {
        return new ClientJson(client.name(), client.email().value());
    }
}
