package io.ordercore.application.port.in;

/** Call results from telephony. The adapter has checked the callback's signature. */
public interface TelephonyUseCase {

    /** What a report did. */
    enum Outcome {
        /** The call was long enough: the order is Completed and the fee credited. */
        COMPLETED,
        /** Too short: the order stays InProgress. */
        TOO_SHORT,
        /** The recording is ready: the client is told the order is done. */
        RECORDING_READY,
        /** This call was reported before: nothing changed. */
        DUPLICATE
    }

    Outcome report(CallReport report);
}
