package io.ordercore.adapter.cli.catalog;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The call-type options that create and update share; all optional. */
final class CallTypeOptions {

    @Option(names = "--description", paramLabel = "TEXT", description = "Up to 4000 characters; \"\" clears it.")
    String description;

    @Option(names = "--gender", paramLabel = "GENDER",
            description = "Operator gender the call requires: ANY (default), MALE or FEMALE.")
    String gender;

    @Option(names = "--talent", paramLabel = "ID", description = "A talent the call asks for; repeat for more.")
    List<Long> talents = new ArrayList<>();

    @Option(names = "--image", paramLabel = "URL", description = "http(s) address of its picture; \"\" clears it.")
    String image;
}
