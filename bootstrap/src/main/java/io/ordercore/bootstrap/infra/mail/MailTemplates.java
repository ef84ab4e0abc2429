package io.ordercore.bootstrap.infra.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.domain.notification.Notification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders notifications from Mustache templates on the classpath:
 * {@code mail/<type>.<language>.subject}, {@code .txt} and {@code .html}, e.g.
 * {@code mail/order_placed.en.html}. HTML templates escape every value; text ones do not.
 */
public final class MailTemplates {

    private final Mustache.Compiler text = Mustache.compiler().escapeHTML(false).defaultValue("");
    private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true).defaultValue("");
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    private final String publicUrl;

    public MailTemplates(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** With every parameter, secret ones included: what is sent. */
    public RenderedMail render(OutboxMessage message) {
        return render(message, message.notification().secretParams());
    }

    /** With secret parameters replaced by a mask: what may be logged. */
    public RenderedMail renderMasked(OutboxMessage message) {
        Map<String, String> masked = new HashMap<>();
        message.notification().secretParams().keySet().forEach(k -> masked.put(k, "[hidden: not logged]"));
        return render(message, masked);
    }

    private RenderedMail render(OutboxMessage message, Map<String, String> secrets) {
        Notification n = message.notification();
        Map<String, Object> values = new HashMap<>(n.params());
        values.putAll(secrets);
        values.put("publicUrl", publicUrl);
        values.put("notificationId", message.id());
        if (n.params().containsKey("status")) {
            values.put("statusLabel", StatusLabels.of(n.params().get("status"), n.language()));
        }
        String base = "mail/" + n.type().name().toLowerCase(Locale.ROOT) + "." + n.language().name().toLowerCase(Locale.ROOT);
        return new RenderedMail(
                template(base + ".subject", text).execute(values).strip(),
                template(base + ".txt", text).execute(values),
                template(base + ".html", html).execute(values));
    }

    private Template template(String path, Mustache.Compiler compiler) {
        return cache.computeIfAbsent(path + (compiler == html ? "#html" : "#text"), key -> {
            try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing mail template " + path);
                }
                return compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
