package io.ordercore.adapter.payment.support;

/**
 * Builds a JSON object by hand, member by member, in the order written. Strings are escaped per
 * RFC 8259 (quote, backslash, control characters; everything else as is, the body being UTF-8).
 * Amounts are written as JSON numbers from their exact decimal text, never through a double.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    public JsonWriter string(String name, String value) {
        name(name);
        quote(value);
        return this;
    }

    /** A decimal amount, written as given ("500.00" stays 500.00); refuses anything but a plain decimal. */
    public JsonWriter amount(String name, String value) {
        if (!CallParts.isPlainDecimal(value)) {
            throw new IllegalArgumentException(name + " must be a plain decimal such as 1500.00, not " + value);
        }
        name(name);
        out.append(value);
        return this;
    }

    public JsonWriter number(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    public JsonWriter bool(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    /** A nested object, written by {@code inner}. */
    public JsonWriter object(String name, JsonWriter inner) {
        name(name);
        out.append(inner.toJson());
        return this;
    }

    public String toJson() {
        return out + "}";
    }

    @Override
    public String toString() {
        return toJson();
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but break JavaScript readers of logs; escape them too.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
