package io.ordercore.adapter.payment.paymaster;

import java.time.Duration;

/**
 * How ordercore calls PayMaster API v2.
 *
 * @param token   the Bearer token generated for the site in PayMaster's personal account
 * @param baseUrl blank means {@value #DEFAULT_BASE_URL}
 * @param timeout for connecting and for the whole answer; null means {@link #DEFAULT_TIMEOUT}
 */
public record PayMasterApiSettings(String token, String baseUrl, Duration timeout) {

    public static final String DEFAULT_BASE_URL = "https://paymaster.ru";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public PayMasterApiSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the PayMaster API token must be configured");
        }
        token = token.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the PayMaster API timeout must be positive");
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "PayMasterApiSettings[token=***, baseUrl=" + baseUrl + ", timeout=" + timeout + "]";
    }
}
