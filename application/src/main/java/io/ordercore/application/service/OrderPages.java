package io.ordercore.application.service;

import io.ordercore.application.port.out.CallResults;
import io.ordercore.domain.shared.OrderId;
import java.security.SecureRandom;
import java.util.Base64;

/** The unguessable link of an order's page: 160 random bits, URL-safe. */
final class OrderPages {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CallResults calls;

    OrderPages(CallResults calls) {
        this.calls = calls;
    }

    String tokenFor(OrderId order) {
        return calls.pageToken(order, OrderPages::newToken);
    }

    private static String newToken() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
