package io.ordercore.domain.account;

/** The language an account gets its e-mails in. */
public enum Language {
    RU,
    EN
}
