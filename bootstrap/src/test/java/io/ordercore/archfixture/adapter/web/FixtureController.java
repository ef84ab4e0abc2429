package io.ordercore.archfixture.adapter.web;

import io.ordercore.archfixture.adapter.persistence.FixtureRepository;

/** An adapter reaching into another adapter. */
public class FixtureController {
    public FixtureRepository repository;
}
