package io.ordercore.adapter.cli.users;

import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.domain.point.PointId;
import java.io.PrintWriter;
import java.time.Instant;

/** The JSON shape of an account: no password, no hash, no credentials version. */
public final class AccountViews {

    /** Column names of the CSV list, the fields of {@link AccountJson} in order. */
    static final String[] CSV_HEADER = {"id", "email", "name", "role", "pointId", "blocked", "lockedUntil", "language",
        "createdAt"};

    private AccountViews() {
    }

    /** {@code pointId} and {@code lockedUntil} are null when the account has none. */
    public record AccountJson(long id, String email, String name, String role, Long pointId, boolean blocked,
                              String lockedUntil, String language, String createdAt) {
    }

    public static AccountJson json(AccountView a) {
        return new AccountJson(a.id().value(), a.email().value(), a.name(), a.role().name(),
                a.point().map(PointId::value).orElse(null), a.blocked(), a.lockedUntil().map(Instant::toString).orElse(null),
                a.language().name(), a.createdAt().toString());
    }

    static Object[] row(AccountView a) {
        AccountJson j = json(a);
        return new Object[] {j.id(), j.email(), j.name(), j.role(), j.pointId(), j.blocked(), j.lockedUntil(),
            j.language(), j.createdAt()};
    }

    /** The account as JSON, or {@code line} for people. */
    public static void print(PrintWriter out, FormatOption format, AccountView account, String line) {
        if (format.json()) {
            Json.print(out, json(account));
        } else {
            out.println(line);
            out.flush();
        }
    }

    /** {@code account 3 (bob@example.com)}. */
    public static String name(AccountView a) {
        return "account " + a.id() + " (" + Table.cell(a.email().value()) + ")";
    }

    static void printRecord(PrintWriter out, AccountView a) {
        Table.record()
                .row("id", a.id())
                .row("email", a.email())
                .row("name", a.name())
                .row("role", a.role())
                .row("point", a.point().orElse(null))
                .row("blocked", Table.yesNo(a.blocked()))
                .row("locked until", a.lockedUntil().orElse(null))
                .row("language", a.language())
                .row("created", a.createdAt())
                .print(out);
    }
}
