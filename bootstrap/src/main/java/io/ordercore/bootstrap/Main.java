package io.ordercore.bootstrap;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code ordercore} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Launcher launcher = new Launcher(DatabaseSettings.resolveAll(System.getenv(), System.getProperties()));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = launcher.run(args, out, err);
        if (launcher.serving()) {
            return; // the server's threads keep the process alive; Ctrl-C runs Micronaut's shutdown hook
        }
        launcher.close();
        out.flush();
        err.flush();
        System.exit(code);
    }
}
