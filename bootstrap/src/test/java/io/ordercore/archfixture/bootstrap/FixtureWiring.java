package io.ordercore.archfixture.bootstrap;

/** Stands in for the composition root. */
public class FixtureWiring {
}
