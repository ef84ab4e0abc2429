package io.ordercore.adapter.web.security;

/** The claims of an ordercore access token, besides the registered {@code sub}, {@code jti}, {@code iat}, {@code exp}. */
final class TokenClaimNames {

    /** The account's credentials version when the token was issued: a password change or block ends the token. */
    static final String CREDENTIALS_VERSION = "cv";
    /** For an impersonation token: the id of the account really acting. */
    static final String IMPERSONATOR = "imp";
    /** The account's role, for {@code @Secured}. */
    static final String ROLES = "roles";
    static final String SUBJECT = "sub";
    static final String TOKEN_ID = "jti";
    static final String ISSUED_AT = "iat";
    static final String EXPIRES_AT = "exp";

    private TokenClaimNames() {
    }
}
