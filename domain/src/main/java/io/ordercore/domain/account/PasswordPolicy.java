package io.ordercore.domain.account;

import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: 10 to 128 characters, not a well-known weak password, not one
 * character repeated, not a plain run like "1234567890" or "abcdefghij", and not the e-mail or its
 * name part. Length beats composition rules (NIST SP 800-63B), so no "one digit, one symbol" rule.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** A short list of passwords every guessing attack tries first (those of 10+ characters). */
    private static final Set<String> WEAK = Set.of(
            "1234567890", "0987654321", "12345678910", "123456789a", "1q2w3e4r5t", "1q2w3e4r5t6y", "qwertyuiop",
            "qwerty1234", "qwerty12345", "qwerty123456", "1qaz2wsx3edc", "zaq12wsxcde3", "password12", "password123",
            "password1234", "passw0rd123", "iloveyou12", "letmein123", "welcome123", "administrator", "admin12345",
            "adminadmin", "changeme123", "trustno1234", "football123", "baseball123", "superman123", "michael123",
            "sunshine123", "princess123", "dragon1234", "monkey1234", "abc1234567", "asdfghjkl1", "asdfghjkl;",
            "zxcvbnm123", "qazwsxedc1", "qazwsxedcrfv", "parol12345", "parolparol", "ytrewq1234", "1111111111a",
            "aaaaaaaaaa1", "0000000000", "1111111111", "ordercore123", "ordercore1", "password!1", "p@ssw0rd123",
            "p@ssword123", "passwordpassword", "qwertyqwerty", "abcabcabcabc", "123123123123", "1234512345",
            "12341234", "1234qwer", "qwer1234qwer", "samsung123", "google1234", "123qweasdzxc", "qweasdzxc123");

    private PasswordPolicy() {
    }

    /**
     * @throws ValidationException (field {@code password}) naming the rule that refused it
     */
    public static void check(String password, Email owner) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw refused("TOO_SHORT", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw refused("TOO_LONG", "must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WEAK.contains(lower)) {
            throw refused("TOO_COMMON", "is one of the passwords attackers try first");
        }
        if (lower.chars().distinct().count() <= 2) {
            throw refused("TOO_SIMPLE", "uses too few different characters");
        }
        if (isRun(lower)) {
            throw refused("TOO_SIMPLE", "is a plain run of characters");
        }
        if (owner != null) {
            String email = owner.value();
            String name = email.substring(0, email.indexOf('@'));
            if (lower.equals(email) || lower.equals(name) || (name.length() >= 4 && lower.contains(name))) {
                throw refused("CONTAINS_EMAIL", "must not contain your e-mail address");
            }
        }
    }

    /** Each character one above (or below) the previous one: "0123456789", "abcdefghij", "9876543210". */
    private static boolean isRun(String text) {
        int step = text.charAt(1) - text.charAt(0);
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i) - text.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static ValidationException refused(String code, String message) {
        return ValidationException.of("password", code, message);
    }
}
