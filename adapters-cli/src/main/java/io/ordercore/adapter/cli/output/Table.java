package io.ordercore.adapter.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns aligned with two spaces between them. Line breaks and tabs inside a cell are shown as
 * {@code \n} and {@code \t} so that one row stays one line; an absent value is shown as {@code -}.
 */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean headed;

    /** A table with a header line. */
    public Table(String... headers) {
        this(headers.length, true);
        rows.add(headers.clone());
    }

    private Table(int columns, boolean headed) {
        this.columns = columns;
        this.headed = headed;
    }

    /** Two columns without a header: labels and values of one record. */
    public static Table record() {
        return new Table(2, false);
    }

    public Table row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] text = new String[columns];
        for (int i = 0; i < columns; i++) {
            text[i] = cell(cells[i]);
        }
        rows.add(text);
        return this;
    }

    /** Whether no row has been added (a header alone does not count). */
    public boolean isEmpty() {
        return rows.size() == (headed ? 1 : 0);
    }

    public void print(PrintWriter out) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - width(row[i]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** The text a value shows as in a table cell. */
    public static String cell(Object value) {
        if (value == null) {
            return "-";
        }
        return value.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
