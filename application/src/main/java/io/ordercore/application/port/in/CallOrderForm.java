package io.ordercore.application.port.in;

/**
 * The order form as a client filled it in, field by field and still raw: the use case checks every
 * field and reports all errors together, under these names, so a form can be shown again with
 * every value kept. Dates are {@code YYYY-MM-DD}, times {@code HH:MM}, both Moscow time.
 *
 * @param callTypeId        the call type ordered
 * @param clientName        how the client wants to be called (1..100 characters)
 * @param clientEmail       the client's e-mail, their login
 * @param recipientName     who is called (1..100 characters)
 * @param recipientPhone    the recipient's phone; read in {@code recipientCountry} unless it starts with +
 * @param recipientCountry  ISO 3166-1 alpha-2 code
 * @param recipientCity     the recipient's city (1..100 characters)
 * @param callDate          the day of the call: today or later
 * @param windowStart       start of the time window
 * @param windowEnd         end of the time window, after its start
 * @param preferredGender   ANY (default), MALE or FEMALE: a wish, not a rule
 * @param wishes            optional, at most 600 characters
 * @param anonymous         keep the client's name from the recipient (default false)
 * @param consent           acceptance of the terms and privacy policy: must be true
 * @param couponCode        optional coupon code
 * @param password          for a visitor whose e-mail already has an account: their password
 * @param pointId           for a visitor registering with this order: the point to join (default point when absent)
 */
public record CallOrderForm(
        Long callTypeId,
        String clientName,
        String clientEmail,
        String recipientName,
        String recipientPhone,
        String recipientCountry,
        String recipientCity,
        String callDate,
        String windowStart,
        String windowEnd,
        String preferredGender,
        String wishes,
        Boolean anonymous,
        Boolean consent,
        String couponCode,
        String password,
        Long pointId) {

    /** The same form without the password, for echoing back. */
    public CallOrderForm withoutPassword() {
        return new CallOrderForm(callTypeId, clientName, clientEmail, recipientName, recipientPhone, recipientCountry,
                recipientCity, callDate, windowStart, windowEnd, preferredGender, wishes, anonymous, consent, couponCode,
                null, pointId);
    }

    @Override
    public String toString() {
        return "CallOrderForm[callTypeId=" + callTypeId + ", clientEmail=" + clientEmail + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
