package io.ordercore.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds through the product's own interfaces only: the first administrator with the CLI
 * (`users create --role ADMIN --password-stdin`), everything else over HTTP as that administrator.
 */
final class Seeder {

    static final String ADMIN_EMAIL = "admin@bench.local";
    /** Bench-only accounts on a throwaway database. */
    static final String PASSWORD = "Kx7-wobble-Quartz-93";
    static final int COUPON_GROUP_MAX = 10_000;

    record Client(long id, String email, String name, String token) {
    }

    Api api;
    final Log log;
    String adminToken;
    long pointId;
    long callTypeId;
    final List<Client> clients = Collections.synchronizedList(new ArrayList<>());
    final ConcurrentLinkedQueue<String> coupons = new ConcurrentLinkedQueue<>();
    int operators;

    Seeder(Api api, Log log) {
        this.api = api;
        this.log = log;
    }

    /** The same accounts and tokens against a restarted service (tokens survive: same JWT secret). */
    Seeder on(Api restarted) {
        this.api = restarted;
        return this;
    }

    static void createAdmin(Path java, Path jar, Map<String, String> env) throws Exception {
        Proc.Result r = Proc.run(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "users", "create", "--role", "ADMIN", "--email", ADMIN_EMAIL, "--name", "Bench Admin", "--password-stdin"),
                env, null, PASSWORD + "\n", 120);
        if (r.exit() != 0) {
            throw new IllegalStateException("ordercore users create --role ADMIN exited " + r.exit() + ": " + r.tail());
        }
    }

    String signIn(String email) {
        JsonNode s = Api.expect(api.postJson("/auth/sign-in", null, Map.of("email", email, "password", PASSWORD)),
                "sign-in " + email);
        return s.get("accessToken").asText();
    }

    void catalog() {
        adminToken = signIn(ADMIN_EMAIL);
        pointId = Api.expect(api.postJson("/admin/points", adminToken,
                Map.of("name", "Bench point", "address", "Moscow, Tverskaya 1", "contacts", "+7 495 000-00-00")),
                "create point").get("id").asLong();
        long category = Api.expect(api.postJson("/admin/catalog/categories", adminToken, Map.of("name", "Greetings")),
                "create category").get("id").asLong();
        // ANY gender and no talents, so every operator is a candidate and dispatch never waits for lack of skills.
        callTypeId = Api.expect(api.postJson("/admin/catalog/call-types", adminToken, Map.of("categoryId", category,
                "name", "Birthday greeting", "priceRoubles", 500, "requiredGender", "ANY", "talentIds", List.of())),
                "create call type").get("id").asLong();
    }

    /**
     * {@code count} more operators (accounts + dispatch profiles), capacity 100 each, any hours; argon2
     * password hashing makes this the slow part.
     */
    void operators(int count, ExecutorService pool) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = operators + 1; i <= operators + count; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                String email = "op" + n + "@bench.local";
                Api.expect(api.postJson("/admin/users", adminToken, Map.of("email", email, "name", "Operator " + n,
                        "role", "OPERATOR", "password", PASSWORD)), "create operator account");
                Api.expect(api.postJson("/admin/operators", adminToken, Map.of("email", email,
                        "gender", n % 2 == 0 ? "FEMALE" : "MALE", "talentIds", List.of(), "tariffKopecks", 10_000,
                        "capacity", 100, "workingHours", "")), "add operator");
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        operators += count;
    }

    /** Client accounts of the bench point, each signed in once (their tokens are reused by the scenarios). */
    void clients(int count, ExecutorService pool) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                String email = "client" + n + "@bench.local";
                String name = Names.FIRST[n % Names.FIRST.length] + " " + Names.LAST[(n / 7) % Names.LAST.length];
                long id = Api.expect(api.postJson("/admin/users", adminToken, Map.of("email", email, "name", name,
                        "role", "CLIENT", "pointId", pointId, "password", PASSWORD)), "create client").get("id").asLong();
                clients.add(new Client(id, email, name, signIn(email)));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.sort((a, b) -> Long.compare(a.id(), b.id()));
    }

    /** Generates at least {@code count} single-use 10% coupons, in groups of at most 10,000. */
    void coupons(int count) {
        int left = count;
        while (left > 0) {
            int n = Math.min(left, COUPON_GROUP_MAX);
            JsonNode g = Api.expect(api.postJson("/admin/coupons/groups", adminToken,
                    Map.of("kind", "PERCENT", "percent", 10, "count", n, "comment", "bench")), "generate coupons");
            g.get("codes").forEach(c -> coupons.add(c.asText()));
            left -= n;
        }
    }

    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "seed");
            t.setDaemon(true);
            return t;
        });
    }
}
