package io.ordercore.domain.order;

import io.ordercore.domain.shared.OperatorGender;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the client asked for on the order form. Fixed once placed, except the window, which an
 * administrator may move.
 *
 * @param wishes          free text for the operator, at most 600 characters; empty when none
 * @param anonymous       whether the client's name must be kept from the recipient
 * @param consentedAt     when the client accepted the terms and privacy policy (mandatory)
 */
public record CallOrderDetails(
        Client client,
        Recipient recipient,
        OrderedCallType callType,
        CallWindow window,
        OperatorGender preferredGender,
        Optional<String> wishes,
        boolean anonymous,
        Instant consentedAt) {

    public static final int MAX_WISHES = 600;

    public CallOrderDetails {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(callType, "callType");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(preferredGender, "preferredGender");
        Objects.requireNonNull(wishes, "wishes");
        Objects.requireNonNull(consentedAt, "consentedAt");
        wishes.ifPresent(w -> {
            if (w.codePointCount(0, w.length()) > MAX_WISHES) {
                throw new IllegalArgumentException("wishes exceed " + MAX_WISHES + " characters");
            }
        });
    }

    public CallOrderDetails withClient(Client newClient) {
        return new CallOrderDetails(newClient, recipient, callType, window, preferredGender, wishes, anonymous,
                consentedAt);
    }

    /** The same order again, with a new consent time. */
    public CallOrderDetails withConsentAt(Instant newConsent) {
        return new CallOrderDetails(client, recipient, callType, window, preferredGender, wishes, anonymous,
                newConsent);
    }

    public CallOrderDetails withWindow(CallWindow newWindow) {
        return new CallOrderDetails(client, recipient, callType, newWindow, preferredGender, wishes, anonymous,
                consentedAt);
    }
}
