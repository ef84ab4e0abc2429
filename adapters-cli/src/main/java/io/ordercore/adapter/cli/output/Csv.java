package io.ordercore.adapter.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV with a header line. Text that a spreadsheet would run as a formula (starting with
 * = + - @ or a tab) gets a leading apostrophe: people type those values, and an admin opens the file.
 * An absent value is an empty cell.
 */
public final class Csv {

    private Csv() {
    }

    public static void print(PrintWriter out, String[] header, List<Object[]> rows) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
            for (Object[] row : rows) {
                csv.printRecord(Arrays.stream(row).map(Csv::cell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with a leading apostrophe when a spreadsheet would run it as a formula. */
    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Object cell(Object value) {
        return value instanceof String text ? inert(text) : value;
    }
}
