package io.ordercore.adapter.cli.points;

import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import java.io.PrintWriter;
import java.util.List;

/** The JSON shape of a point of sale. */
final class PointViews {

    static final String[] CSV_HEADER = {"id", "name", "address", "contacts", "description"};

    private PointViews() {
    }

    /** {@code description} is null when the point has none. */
    record PointJson(long id, String name, String address, String contacts, String description) {
    }

    record ItemsView(List<PointJson> items) {
    }

    static PointJson json(Point p) {
        return new PointJson(p.id().value(), p.name(), p.address(), p.contacts(), p.description().orElse(null));
    }

    static Object[] row(Point p) {
        return new Object[] {p.id().value(), p.name(), p.address(), p.contacts(), p.description().orElse(null)};
    }

    /** With --format json the point, else its id: what create and update print. */
    static void printId(PrintWriter out, FormatOption format, Point point) {
        if (format.json()) {
            Json.print(out, json(point));
        } else {
            out.println(point.id());
            out.flush();
        }
    }

    static void printRecord(PrintWriter out, Point p) {
        Table.record()
                .row("id", p.id())
                .row("name", p.name())
                .row("address", p.address())
                .row("contacts", p.contacts())
                .row("description", p.description().orElse(null))
                .print(out);
    }

    /** Ids typed on the command line; a non-positive one names no point. */
    static PointId id(long id) {
        if (id <= 0) {
            throw new NotFoundException("Point", id);
        }
        return new PointId(id);
    }
}
