package io.ordercore.adapter.web;

import io.ordercore.domain.workflow.Actor;
import jakarta.inject.Singleton;

/**
 * Who the admin endpoints act as. Authentication comes later; until then every admin request acts
 * as one fixed administrator, and this is the only place that says so.
 */
@Singleton
public class ActingAdmin {

    private static final Actor WEB_ADMIN = Actor.admin("web-admin");

    public Actor actor() {
        return WEB_ADMIN;
    }
}
