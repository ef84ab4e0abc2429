package io.ordercore.archfixture.domain;

import io.micronaut.core.annotation.Introspected;
import java.sql.Timestamp;

/** Breaks domain purity: a framework annotation and a java.sql type. */
@Introspected
public class ImpureOrder {
    public Timestamp placedAt;
}
