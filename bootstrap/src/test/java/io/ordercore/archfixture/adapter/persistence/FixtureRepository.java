package io.ordercore.archfixture.adapter.persistence;

import io.ordercore.archfixture.bootstrap.FixtureWiring;

/** An adapter depending on the composition root. */
public class FixtureRepository {
    public FixtureWiring wiring;
}
