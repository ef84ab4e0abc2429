package io.ordercore.archfixture.domain.a;

import io.ordercore.archfixture.domain.b.Second;

/** Half of a package cycle a -> b -> a. */
public class First {
    public Second second;
}
