package io.ordercore.adapter.cli.operators;

import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OperatorView;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.WorkingHours;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The JSON shape of an operator's profile; the CSV columns are its fields, tariff split into amount and currency. */
final class OperatorViews {

    static final String[] CSV_HEADER = {"id", "email", "name", "gender", "talentIds", "tariff", "currency", "rating",
        "state", "capacity", "workingHours", "activeOrders"};

    private OperatorViews() {
    }

    /** {@code talentIds} ascending; {@code workingHours} "HH:MM-HH:MM" Moscow time, null for any time. */
    record OperatorJson(long id, String email, String name, String gender, List<Long> talentIds, MoneyView tariff,
                        int rating, String state, int capacity, String workingHours, int activeOrders) {
    }

    /** {@code nextAfter} is the {@code --after} of the next page, null when this one was not full. */
    record Page(List<OperatorJson> items, Long nextAfter) {
    }

    static OperatorJson json(OperatorView v) {
        Operator o = v.operator();
        return new OperatorJson(o.id().value(), v.email().value(), o.name(), o.gender().name(), talentIds(o),
                MoneyView.of(o.tariff()), o.rating(), o.state().name(), o.capacity(), hours(o), v.activeOrders());
    }

    static Object[] row(OperatorView v) {
        OperatorJson j = json(v);
        return new Object[] {j.id(), j.email(), j.name(), j.gender(),
            j.talentIds().stream().map(String::valueOf).collect(Collectors.joining(" ")), j.tariff().amount(),
            j.tariff().currency(), j.rating(), j.state(), j.capacity(), j.workingHours(), j.activeOrders()};
    }

    /** With --format json the profile, else {@code line}. */
    static void print(PrintWriter out, FormatOption format, OperatorView operator, String line) {
        if (format.json()) {
            Json.print(out, json(operator));
        } else {
            out.println(line);
            out.flush();
        }
    }

    static void printRecord(PrintWriter out, OperatorView v) {
        Operator o = v.operator();
        Table.record()
                .row("id", o.id())
                .row("email", v.email())
                .row("name", o.name())
                .row("gender", o.gender())
                .row("talents", talents(o))
                .row("tariff", MoneyView.text(o.tariff()))
                .row("rating", o.rating())
                .row("state", o.state())
                .row("capacity", o.capacity())
                .row("working hours", o.workingHours().map(WorkingHours::toString).orElse("any time"))
                .row("active orders", v.activeOrders())
                .print(out);
    }

    /** {@code operator 5 (olga@example.com)}. */
    static String name(OperatorView v) {
        return "operator " + v.operator().id() + " (" + Table.cell(v.email().value()) + ")";
    }

    /** Talent ids ascending, separated by spaces; null (shown as -) when none. */
    static String talents(Operator o) {
        List<Long> ids = talentIds(o);
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** Ids typed on the command line; a non-positive one names no operator. */
    static long id(long id) {
        if (id <= 0) {
            throw new NotFoundException("Operator", id);
        }
        return id;
    }

    private static List<Long> talentIds(Operator o) {
        return o.talents().stream().map(TalentId::value).sorted().toList();
    }

    /** "HH:MM-HH:MM" Moscow time; null for any time. */
    static String hours(Operator o) {
        return o.workingHours().map(h -> h.from() + "-" + h.to()).orElse(null);
    }
}
