package io.ordercore.bench.load;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines on stderr, with the seconds since the run started. */
final class Log {

    private final long start = System.nanoTime();
    private final PrintStream out;

    Log(PrintStream out) {
        this.out = out;
    }

    void line(String format, Object... args) {
        double s = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "[%6.1fs] %s%n", s, args.length == 0 ? format : String.format(Locale.ROOT, format, args));
        out.flush();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
