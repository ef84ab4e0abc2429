package io.ordercore.domain.partner;

import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import java.time.Instant;
import java.util.Objects;

/** A picture partners place on their sites, linking to ordercore with their referral code. */
public record Banner(long id, BannerSize size, String imageUrl, String title, Instant createdAt) {

    public Banner {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(imageUrl, "imageUrl");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Checks the typed fields all together. */
    public static Banner create(long id, String size, String imageUrl, String title, Instant now) {
        Validation v = new Validation();
        BannerSize parsed = v.require("size", size) ? v.check("size", () -> BannerSize.parse(size)) : null;
        String url = v.require("imageUrl", imageUrl) ? v.check("imageUrl", () -> Text.required(imageUrl, 2000)) : null;
        if (url != null && !url.matches("(?i)^https?://\\S+$")) {
            v.reject("imageUrl", "NOT_A_URL", "must be an http(s) address");
        }
        String cleanTitle = v.require("title", title) ? v.check("title", () -> Text.required(title, 200)) : null;
        v.throwIfInvalid();
        return new Banner(id, parsed, url, cleanTitle, now);
    }

    /** The HTML a partner pastes: the picture, linking to their referral link. */
    public String html(String referralLink) {
        return "<a href=\"" + escape(referralLink) + "\"><img src=\"" + escape(imageUrl) + "\" width=\"" + size.width()
                + "\" height=\"" + size.height() + "\" alt=\"" + escape(title) + "\"></a>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
