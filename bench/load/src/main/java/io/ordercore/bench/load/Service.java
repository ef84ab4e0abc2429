package io.ordercore.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The ordercore web service as a child process: `java -jar ordercore.jar serve --port N`. */
final class Service implements AutoCloseable {

    final int port;
    final long readyMillis;
    final Path logFile;
    private final Process process;
    private final Thread sampler;
    private volatile long peakRssKb;
    private volatile long lastHwmKb;
    private volatile boolean sampling = true;

    private Service(int port, Process process, long readyMillis, Path logFile) {
        this.port = port;
        this.process = process;
        this.readyMillis = readyMillis;
        this.logFile = logFile;
        this.sampler = new Thread(this::sample, "rss-sampler");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    /** Starts the service and waits for the first 200 from GET /health; the wait is time-to-ready. */
    static Service start(Path java, Path jar, Map<String, String> env, Path logFile) throws Exception {
        int port = PrivatePostgres.freePort();
        // Through the product's own launcher (it execs java, so the pid is the JVM's), with its default
        // JVM options for serve: the figures are those of what a user runs.
        Path launcher = jar.toAbsolutePath().getParent().getParent().getParent().resolve("ordercore");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "serve", "--port", String.valueOf(port));
        Proc.applyEnv(pb.environment(), env);
        pb.environment().put("ORDERCORE_JAR", jar.toAbsolutePath().toString());
        pb.environment().put("PATH", java.toAbsolutePath().getParent() + ":"
                + pb.environment().getOrDefault("PATH", ""));
        pb.redirectErrorStream(true);
        pb.redirectOutput(logFile.toFile());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long t0 = System.nanoTime();
        Process p = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly, "stop-ordercore"));
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("ordercore exited with " + p.exitValue() + " before it was ready:\n" + tail(logFile));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    long ready = (System.nanoTime() - t0) / 1_000_000;
                    return new Service(port, p, ready, logFile);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        p.destroyForcibly();
        throw new IllegalStateException("ordercore was not ready within 180 s:\n" + tail(logFile));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Highest VmRSS seen by the sampler, in KiB. */
    long peakRssKb() {
        return Math.max(peakRssKb, readStatus().getOrDefault("VmRSS", 0L));
    }

    /** The kernel's own high-water mark (VmHWM), in KiB; read now, or the last value before exit. */
    long hwmKb() {
        long now = readStatus().getOrDefault("VmHWM", 0L);
        return now > 0 ? now : lastHwmKb;
    }

    /** The sampler's peak is reset so that "under load" excludes seeding; VmHWM cannot be reset. */
    void resetPeak() {
        peakRssKb = 0;
    }

    private void sample() {
        while (sampling && process.isAlive()) {
            Map<String, Long> s = readStatus();
            peakRssKb = Math.max(peakRssKb, s.getOrDefault("VmRSS", 0L));
            lastHwmKb = Math.max(lastHwmKb, s.getOrDefault("VmHWM", 0L));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Map<String, Long> readStatus() {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        try {
            List<String> lines = Files.readAllLines(status);
            java.util.HashMap<String, Long> values = new java.util.HashMap<>();
            for (String line : lines) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    String[] parts = line.split("\\s+");
                    values.put(line.substring(0, 5), Long.parseLong(parts[1]));
                }
            }
            return values;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    @Override
    public void close() {
        sampling = false;
        lastHwmKb = Math.max(lastHwmKb, readStatus().getOrDefault("VmHWM", 0L));
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
