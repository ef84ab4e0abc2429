package io.ordercore.domain.partner;

import io.ordercore.domain.shared.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A banner's size in pixels, written as in the catalogue: {@code 120x600}. */
public record BannerSize(int width, int height) implements Comparable<BannerSize> {

    private static final Pattern SHAPE = Pattern.compile("^(\\d{1,4})[xX\u00d7](\\d{1,4})$");

    public BannerSize {
        if (width < 1 || height < 1 || width > 4000 || height > 4000) {
            throw ValidationException.of("size", "INVALID_SIZE", "width and height must be 1..4000 pixels");
        }
    }

    public static BannerSize parse(String raw) {
        Matcher m = raw == null ? null : SHAPE.matcher(raw.strip());
        if (m == null || !m.matches()) {
            throw ValidationException.of("size", "INVALID_SIZE", "must be WIDTHxHEIGHT in pixels, e.g. 120x600");
        }
        return new BannerSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(BannerSize other) {
        return width != other.width ? Integer.compare(width, other.width) : Integer.compare(height, other.height);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
