package io.ordercore.adapter.cli.reviews;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ErrorOutput;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** approve and reject: the same but for the verdict. */
final class ModerateCommands {

    /** Some of the reviews named were not pending (moderated before, or unknown); exit 4. */
    static final String REVIEWS_NOT_PENDING = "REVIEWS_NOT_PENDING";

    private ModerateCommands() {
    }

    abstract static class ModerateCommand extends CliCommand {

        @Parameters(paramLabel = "ID", arity = "1..*", description = "The reviews' ids.")
        List<Long> ids = new ArrayList<>();

        @Mixin
        FormatOption format;

        ModerateCommand(CliContext cli) {
            super(cli);
        }

        abstract ReviewStatus verdict();

        @Override
        public Integer call() {
            List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
            if (distinct.stream().anyMatch(id -> id <= 0)) {
                throw ValidationException.of("ids", "NOT_AN_ID", "review ids are positive whole numbers");
            }
            Caller caller = caller();
            int moved = core().reviews().moderate(caller, distinct, verdict() == ReviewStatus.APPROVED);
            if (format.json()) {
                Json.print(out(), new ReviewViews.ModeratedJson(verdict().name(), distinct.size(), moved));
            } else {
                out().println(verdict().name().toLowerCase(Locale.ROOT) + " " + moved + " of " + distinct.size()
                        + (distinct.size() == 1 ? " review" : " reviews"));
                out().flush();
            }
            if (moved == distinct.size()) {
                return ExitCodes.OK;
            }
            ErrorOutput.print(err(), format.json(), REVIEWS_NOT_PENDING,
                    (distinct.size() - moved) + " of " + distinct.size() + " reviews were not pending", List.of());
            return ExitCodes.CONFLICT;
        }
    }

    @Command(name = "approve", description = {
        "Approve pending reviews: publish them and apply their attitude to the rating.",
        "Prints 'approved N of M reviews', with --format json",
        "{\"status\":\"APPROVED\",\"requested\":M,\"moderated\":N}. Exit 0 when every",
        "review moved, exit 4 (" + REVIEWS_NOT_PENDING + " on stderr) when any was not pending."})
    static final class Approve extends ModerateCommand {
        Approve(CliContext cli) {
            super(cli);
        }

        @Override
        ReviewStatus verdict() {
            return ReviewStatus.APPROVED;
        }
    }

    @Command(name = "reject", description = {
        "Reject pending reviews: they are never published and change no rating.",
        "Prints 'rejected N of M reviews', with --format json",
        "{\"status\":\"REJECTED\",\"requested\":M,\"moderated\":N}. Exit 0 when every",
        "review moved, exit 4 (" + REVIEWS_NOT_PENDING + " on stderr) when any was not pending."})
    static final class Reject extends ModerateCommand {
        Reject(CliContext cli) {
            super(cli);
        }

        @Override
        ReviewStatus verdict() {
            return ReviewStatus.REJECTED;
        }
    }
}
