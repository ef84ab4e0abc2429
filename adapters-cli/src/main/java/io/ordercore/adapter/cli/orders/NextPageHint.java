package io.ordercore.adapter.cli.orders;

import java.io.PrintWriter;

/** Tells a person that the list goes on, on stderr, where it cannot end up in a table or CSV file. */
final class NextPageHint {

    private NextPageHint() {
    }

    static void print(PrintWriter err, String cursor) {
        err.println("more orders follow: repeat with --cursor " + cursor + " (or use --all)");
        err.flush();
    }
}
