package io.ordercore.adapter.web.security;

import io.ordercore.domain.account.Role;

/**
 * Role names for {@code @Secured}, as tokens carry them in their {@code roles} claim. Annotations
 * need constants, so these repeat {@link Role}'s names (a test keeps them equal). The application
 * layer is the real guard; these only turn a wrong role away before any work is done.
 */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String OPERATOR = "OPERATOR";
    public static final String POINT_MANAGER = "POINT_MANAGER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String SITE_MANAGER = "SITE_MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
