package io.ordercore.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One payment gateway's protocol (signatures, field names, reply formats), implemented by the
 * payment adapter. The core decides what a call means for the money; the gateway reads the call
 * and writes the reply its protocol expects.
 */
public interface PaymentGateway {

    /** The gateway's name as used in URLs and records, e.g. {@code paymaster}, {@code cloudpayments}. */
    String name();

    /** A call exactly as the gateway made it: header names lower-case, the raw body bytes. */
    record Call(String endpoint, String contentType, Map<String, String> headers, byte[] body) {
    }

    /** What a call asks. */
    enum Kind {
        /** "May this be paid?" before the buyer pays (PayMaster pre-request, CloudPayments Check). */
        PRE_CHECK,
        /** A payment succeeded. */
        PAYMENT,
        /** A payment attempt failed (nothing to record but the log). */
        FAIL,
        /** A refund happened at the gateway. */
        REFUND,
        /** Anything else the gateway reports (recorded in the log only). */
        OTHER
    }

    /**
     * What the call says, read from the exact received values.
     *
     * @param invoice    the merchant's reference as sent (e.g. {@code ORDER-42}); empty for a balance top-up
     * @param account    the payer as the gateway knows it (CloudPayments AccountId), if given
     * @param amount     the amount exactly as received (e.g. {@code 1500.00}); parse it exactly, never as a double
     * @param cardToken  a card token for later recurring charges, when the gateway sends one
     */
    record Notice(Kind kind, String externalId, Optional<String> invoice, Optional<String> account, String amount,
                  String currency, boolean test, Optional<String> cardToken) {
    }

    /** The reading of a call: authentic (signature verified) or not, and what it says. */
    record Reading(boolean authentic, Optional<Notice> notice, String problem) {
        public static Reading forged(String problem) {
            return new Reading(false, Optional.empty(), problem);
        }

        public static Reading of(Notice notice) {
            return new Reading(true, Optional.of(notice), "");
        }
    }

    Reading read(Call call);

    /** The core's verdict on a call. */
    enum Verdict {
        ACCEPTED, DUPLICATE, BAD_SIGNATURE, MALFORMED, UNKNOWN_ORDER, WRONG_ACCOUNT, WRONG_AMOUNT, WRONG_CURRENCY,
        NOT_PAYABLE, TEST_NOT_ALLOWED
    }

    /** The HTTP answer the gateway's protocol expects for this verdict. */
    record Reply(int status, String contentType, String body) {
    }

    Reply reply(Call call, Optional<Notice> notice, Verdict verdict);

    /** Whether test-mode payments are accepted (a setting of the gateway's configuration). */
    boolean testPaymentsAllowed();

    /** How to send the buyer to pay: a URL and form fields to post there (or a widget's parameters). */
    record Checkout(String url, Map<String, String> fields) {
    }

    Checkout checkout(String invoice, String amount, String currency, String description, Optional<String> email);

    /** Gateways a core is given, by name. */
    static Map<String, PaymentGateway> byName(List<PaymentGateway> gateways) {
        Map<String, PaymentGateway> map = new java.util.LinkedHashMap<>();
        gateways.forEach(g -> map.put(g.name(), g));
        return Map.copyOf(map);
    }
}
