package io.ordercore.application.port.in;

/** A visitor opens a client account. */
public interface RegisterUseCase {

    /**
     * @throws io.ordercore.domain.shared.ValidationException for a malformed e-mail, a weak password,
     *     an unknown point or a missing name, all together
     * @throws io.ordercore.application.port.out.EmailTakenException when the e-mail has an account
     */
    AccountView register(RegistrationForm form);

    /**
     * @param pointId  the point to register onto (a point's landing page); the default point when absent
     * @param language RU or EN (default RU)
     * @param referralCode a partner's code (from a referral link); the client is attributed to that partner
     */
    record RegistrationForm(String email, String name, String password, Long pointId, String language,
                            String referralCode) {

        /** Without a referral code. */
        public RegistrationForm(String email, String name, String password, Long pointId, String language) {
            this(email, name, password, pointId, language, null);
        }
    }
}
