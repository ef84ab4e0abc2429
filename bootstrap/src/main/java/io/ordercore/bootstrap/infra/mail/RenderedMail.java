package io.ordercore.bootstrap.infra.mail;

/** A notification rendered for e-mail: subject, plain text and HTML. */
public record RenderedMail(String subject, String text, String html) {
}
