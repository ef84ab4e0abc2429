package io.ordercore.application.port.in;

/**
 * A telephony callback as received (already authenticated by its signature). Times are ISO-8601
 * instants. {@code recordingReady} says the recording at {@code recordingUrl} is processed.
 */
public record CallReport(Long orderId, Long operatorId, String start, String end, Long durationSeconds,
                         String recordingUrl, String outcome, Boolean recordingReady) {
}
