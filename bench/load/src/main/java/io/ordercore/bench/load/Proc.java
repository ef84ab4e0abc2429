package io.ordercore.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived command, capturing its output. */
final class Proc {

    record Result(int exit, String out, String err, long nanos) {
        String tail() {
            String all = (out + "\n" + err).strip();
            return all.length() > 2000 ? "..." + all.substring(all.length() - 2000) : all;
        }
    }

    private Proc() {
    }

    static Result run(List<String> command, String stdin, int timeoutSeconds) throws IOException, InterruptedException {
        return run(command, Map.of(), null, stdin, timeoutSeconds);
    }

    static Result run(List<String> command, Map<String, String> env, Path dir, String stdin, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        applyEnv(pb.environment(), env);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread o = pump(p.getInputStream(), out);
        Thread e = pump(p.getErrorStream(), err);
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
        }
        long nanos = System.nanoTime() - t0;
        o.join();
        e.join();
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), nanos);
    }

    /**
     * The given variables over the inherited ones, minus any ORDERCORE_ or DATASOURCES_ setting of the
     * caller's shell (an SMTP host or another database must not leak into the run).
     */
    static void applyEnv(Map<String, String> target, Map<String, String> env) {
        if (!env.isEmpty()) {
            target.keySet().removeIf(k -> k.startsWith("ORDERCORE_") || k.startsWith("DATASOURCES_"));
        }
        target.putAll(env);
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException ignored) {
                // the process went away; what was read is kept
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
