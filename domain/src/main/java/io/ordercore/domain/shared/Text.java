package io.ordercore.domain.shared;

/** Checks for free-text fields: trimmed, required or optional, bounded in length. */
public final class Text {

    private Text() {
    }

    /** The trimmed text; refuses null, blank and texts longer than {@code max} characters. */
    public static String required(String raw, int max) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of("text", "REQUIRED", "is required");
        }
        return bounded(raw, max);
    }

    /** The trimmed text, or {@code null} for null or blank input; refuses texts longer than {@code max}. */
    public static String optional(String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return bounded(raw, max);
    }

    /** Refuses control characters anywhere (trimming would silently drop them at the ends), then trims. */
    private static String bounded(String raw, int max) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw ValidationException.of("text", "CONTROL_CHARACTER", "must not contain control characters");
            }
        }
        String text = raw.trim();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw ValidationException.of("text", "TOO_LONG", "must be at most " + max + " characters (was " + length + ")");
        }
        return text;
    }
}
