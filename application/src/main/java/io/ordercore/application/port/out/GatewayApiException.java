package io.ordercore.application.port.out;

import java.util.OptionalInt;

/**
 * A payment gateway's API could not be used: the connection failed or timed out, or the API answered
 * an HTTP error or a reply that cannot be read. An infrastructure failure, never a decline (a declined
 * charge is a {@link CardCharges.ChargeResult}). The caller may retry later; nothing is known to have
 * happened on the gateway's side when {@link #httpStatus()} is empty.
 */
public final class GatewayApiException extends RuntimeException {

    private final String gateway;
    private final OptionalInt httpStatus;

    public GatewayApiException(String gateway, OptionalInt httpStatus, String message, Throwable cause) {
        super(gateway + ": " + message, cause);
        this.gateway = gateway;
        this.httpStatus = httpStatus;
    }

    /** The gateway's name, e.g. {@code cloudpayments}. */
    public String gateway() {
        return gateway;
    }

    /** The HTTP status the API answered, or empty when no answer came (connection, timeout). */
    public OptionalInt httpStatus() {
        return httpStatus;
    }
}
