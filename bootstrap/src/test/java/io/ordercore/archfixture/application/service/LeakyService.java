package io.ordercore.archfixture.application.service;

import io.ordercore.archfixture.adapter.web.FixtureController;

/** Public (should be package-private) and depends on an adapter. */
public class LeakyService {
    public FixtureController controller;
}
