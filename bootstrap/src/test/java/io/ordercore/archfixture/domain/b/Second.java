package io.ordercore.archfixture.domain.b;

import io.ordercore.archfixture.domain.a.First;

/** The other half of the cycle. */
public class Second {
    public First first;
}
