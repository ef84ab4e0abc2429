package io.ordercore.adapter.cli.operators;

import io.ordercore.domain.operator.Operator;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The profile options that add and update share; all optional. */
final class OperatorOptions {

    @Option(names = "--talent", paramLabel = "ID", description = "A talent the operator holds; repeat for more.")
    List<Long> talents = new ArrayList<>();

    @Option(names = "--capacity", paramLabel = "N",
            description = "Orders held at once, " + Operator.MIN_CAPACITY + ".." + Operator.MAX_CAPACITY + " (default "
                    + Operator.DEFAULT_CAPACITY + ").")
    Integer capacity;

    @Option(names = "--hours", paramLabel = "HH:MM-HH:MM",
            description = "Working hours, Moscow time, e.g. 09:00-18:00 (default: any time).")
    String hours;
}
