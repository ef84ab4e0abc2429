package io.ordercore.adapter.payment.support;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the top level of a JSON object into name/text pairs, the way CloudPayments' JSON
 * notifications are used: strings are unescaped, numbers and {@code true}/{@code false} keep their
 * exact source text ({@code 1500.5} stays {@code "1500.5"}), {@code null} counts as absent, and a
 * nested object or array keeps its raw JSON text. Strict RFC 8259 syntax otherwise; anything else
 * (trailing data, bad escapes, nesting deeper than {@value #MAX_DEPTH}) is refused. When a name
 * repeats, the first occurrence wins. A nested object is read by parsing its text again.
 */
public final class FlatJson {

    static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;

    private FlatJson(String text) {
        this.text = text;
    }

    /** The object's members, or empty when {@code text} is not one well-formed JSON object. */
    public static Optional<Map<String, String>> parse(String text) {
        try {
            FlatJson parser = new FlatJson(text);
            parser.skipBom();
            Map<String, String> members = parser.object();
            parser.skipSpace();
            if (parser.pos != text.length()) {
                throw new Malformed();
            }
            return Optional.of(Collections.unmodifiableMap(members));
        } catch (Malformed e) {
            return Optional.empty();
        }
    }

    private Map<String, String> object() {
        skipSpace();
        expect('{');
        Map<String, String> members = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            String value = topValue();
            if (seen.add(name) && value != null) {
                members.put(name, value);
            }
            skipSpace();
            char c = next();
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                throw new Malformed();
            }
        }
    }

    /** A member value at the top level: its text, or null for JSON null. */
    private String topValue() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == 'n') {
            literal("null");
            return null;
        }
        int start = pos;
        skipValue(1);
        return text.substring(start, pos);
    }

    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed();
        }
        char c = peek();
        switch (c) {
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            case '{' -> container('}', depth, true);
            case '[' -> container(']', depth, false);
            default -> number();
        }
    }

    private void container(char close, int depth, boolean named) {
        pos++;
        skipSpace();
        if (peek() == close) {
            pos++;
            return;
        }
        while (true) {
            skipSpace();
            if (named) {
                string();
                skipSpace();
                expect(':');
                skipSpace();
            }
            skipValue(depth + 1);
            skipSpace();
            char c = next();
            if (c == close) {
                return;
            }
            if (c != ',') {
                throw new Malformed();
            }
        }
    }

    private void number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits();
        }
        if (pos == start) {
            throw new Malformed();
        }
    }

    private void digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw new Malformed();
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Malformed();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hex4());
                default -> throw new Malformed();
            }
        }
    }

    private char hex4() {
        if (pos + 4 > text.length()) {
            throw new Malformed();
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) {
                throw new Malformed();
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw new Malformed();
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (next() != c) {
            throw new Malformed();
        }
    }

    private char next() {
        if (pos >= text.length()) {
            throw new Malformed();
        }
        return text.charAt(pos++);
    }

    private char peek() {
        if (pos >= text.length()) {
            throw new Malformed();
        }
        return text.charAt(pos);
    }

    private void skipBom() {
        if (text.startsWith("\uFEFF")) {
            pos++;
        }
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** Thrown inside the parser only; {@link #parse} turns it into an empty result. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
