package io.ordercore.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/** The HTTP scenarios and the closed- and open-loop drivers that run them. */
final class Scenarios {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final String MERCHANT_ID = "6f1c2a9e-1d3b-4c5a-9e7f-0a1b2c3d4e5f";
    static final String MERCHANT_SECRET = "bench-paymaster-secret-0123456789";
    /** The signed fields of a PayMaster notification, in LMI_HASH order (adapters-payment PayMasterHash). */
    static final List<String> LMI_FIELDS = List.of("LMI_MERCHANT_ID", "LMI_PAYMENT_NO", "LMI_SYS_PAYMENT_ID",
            "LMI_SYS_PAYMENT_DATE", "LMI_PAYMENT_AMOUNT", "LMI_CURRENCY", "LMI_PAID_AMOUNT", "LMI_PAID_CURRENCY",
            "LMI_PAYMENT_SYSTEM", "LMI_SIM_MODE");
    private static final String[] MOBILE_CODES = {"903", "905", "915", "916", "925", "926", "977", "999"};

    /** An order placed and not paid yet: what a payment notification needs. */
    record Placed(long id, String amount) {
    }

    /** One operation's outcome; {@code exhausted} means no input was left (the level ends early). */
    record Outcome(boolean exhausted, boolean success, int status, String body, long nanos) {
        static final Outcome EXHAUSTED = new Outcome(true, false, 0, "", 0);
    }

    interface Op {
        Outcome run(int worker);
    }

    /** A closed-loop level's result. */
    record Level(int users, LatencyRecorder recorder, double seconds, boolean exhausted) {
        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("concurrency", users);
            m.putAll(recorder.summary(seconds));
            if (exhausted) {
                m.put("note", "ran out of prepared input before the duration ended");
            }
            return m;
        }
    }

    final Api api;
    final Seeder seed;
    final ConcurrentLinkedQueue<Placed> unpaid = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextClient = new AtomicInteger();
    private final AtomicLong nextPaymentId = new AtomicLong(System.currentTimeMillis() * 1000);

    Scenarios(Api api, Seeder seed) {
        this.api = api;
        this.seed = seed;
    }

    // ---------------------------------------------------------------- drivers

    /** N virtual users, each sending its next request as soon as the previous one answered. */
    static Level closed(int users, Duration duration, Op op) throws InterruptedException {
        LatencyRecorder rec = new LatencyRecorder();
        AtomicBoolean exhausted = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(users);
        long[] end = new long[users];
        List<Thread> threads = new ArrayList<>();
        long[] t0 = new long[1];
        for (int w = 0; w < users; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    long deadline = t0[0] + duration.toNanos();
                    while (System.nanoTime() < deadline && !exhausted.get()) {
                        Outcome o = op.run(worker);
                        if (o.exhausted()) {
                            exhausted.set(true);
                            break;
                        }
                        if (o.success()) {
                            rec.ok(o.nanos());
                        } else {
                            rec.error(o.status(), o.body());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    end[worker] = System.nanoTime();
                    done.countDown();
                }
            }, "vu-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        t0[0] = System.nanoTime();
        start.countDown();
        done.await();
        long last = t0[0];
        for (long e : end) {
            last = Math.max(last, e);
        }
        return new Level(users, rec, (last - t0[0]) / 1e9, exhausted.get());
    }

    /** Open-loop result: latency counts from each request's scheduled time, so a stall is not hidden. */
    record OpenLevel(int rate, LatencyRecorder recorder, double seconds, long scheduled, long sentLate,
                     boolean stoppedForBacklog, Map<Long, Long> scheduledMicros) {
    }

    /** The open loop stops sending once this many seconds of requests are waiting (an unbounded queue says nothing more). */
    static final int BACKLOG_SECONDS = 5;

    /**
     * A fixed arrival rate: request i is due at start + i/rate whatever happened to earlier ones.
     * {@code build} makes the request for arrival i (null when input ran out); {@code onSuccess} hears
     * of each paid order id with the nanoTime its request was due.
     */
    OpenLevel open(int rate, Duration duration, LongFunction<Notification> build, BiConsumer<Long, Long> onSuccess)
            throws InterruptedException {
        LatencyRecorder rec = new LatencyRecorder();
        long total = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        long period = 1_000_000_000L / rate;
        AtomicLong outstanding = new AtomicLong();
        Map<Long, Long> scheduledMicros = new ConcurrentHashMap<>();
        long late = 0;
        long wallStart = micros(Instant.now());
        long t0 = System.nanoTime();
        long scheduled = 0;
        boolean stopped = false;
        for (long i = 0; i < total; i++) {
            if (outstanding.get() > (long) rate * BACKLOG_SECONDS) {
                stopped = true;
                break;
            }
            long due = t0 + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -1_000_000) {
                late++; // the driver itself fell behind by more than 1 ms
            }
            Notification n = build.apply(i);
            if (n == null) {
                break;
            }
            scheduled++;
            scheduledMicros.put(n.order().id(), wallStart + (due - t0) / 1000);
            outstanding.incrementAndGet();
            api.sendAsync(n.request()).whenComplete((r, e) -> {
                long latency = System.nanoTime() - due;
                if (r != null && r.status() == 200) {
                    rec.ok(latency);
                    onSuccess.accept(n.order().id(), due);
                } else {
                    rec.error(r == null ? -1 : r.status(), r == null ? String.valueOf(e) : r.body());
                }
                outstanding.decrementAndGet();
            });
        }
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (outstanding.get() > 0 && System.nanoTime() < drainDeadline) {
            Thread.sleep(1);
        }
        return new OpenLevel(rate, rec, (System.nanoTime() - t0) / 1e9, scheduled, late, stopped, scheduledMicros);
    }

    static long micros(Instant i) {
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    // ---------------------------------------------------------------- a. place an order with a coupon

    /** One place-order: POST /api/v1/orders as a signed-in client, with a coupon code in the form. */
    Outcome placeOrder(boolean withCoupon) {
        String code = null;
        if (withCoupon) {
            code = seed.coupons.poll();
            if (code == null) {
                return Outcome.EXHAUSTED;
            }
        }
        Seeder.Client client = seed.clients.get(Math.floorMod(nextClient.getAndIncrement(), seed.clients.size()));
        HttpRequest request = api.jsonPost("/orders", client.token(), orderForm(client, code));
        long t0 = System.nanoTime();
        Api.Response r = api.send(request);
        long nanos = System.nanoTime() - t0;
        if (r.status() != 201) {
            return new Outcome(false, false, r.status(), r.body(), nanos);
        }
        JsonNode order = r.json();
        unpaid.add(new Placed(order.get("id").asLong(), order.get("price").get("total").get("amount").asText()));
        return new Outcome(false, true, r.status(), "", nanos);
    }

    private String orderForm(Seeder.Client client, String coupon) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        LocalDate tomorrow = LocalDate.now(MOSCOW).plusDays(1);
        int hour = rnd.nextInt(9, 21);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("callTypeId", seed.callTypeId);
        form.put("clientName", client.name());
        form.put("recipientName", Names.FIRST[rnd.nextInt(Names.FIRST.length)] + " " + Names.LAST[rnd.nextInt(Names.LAST.length)]);
        form.put("recipientPhone", String.format("+7 %s %03d-%02d-%02d", MOBILE_CODES[rnd.nextInt(MOBILE_CODES.length)],
                rnd.nextInt(1000), rnd.nextInt(100), rnd.nextInt(100)));
        form.put("recipientCountry", "RU");
        form.put("recipientCity", Names.CITIES[rnd.nextInt(Names.CITIES.length)]);
        form.put("callDate", tomorrow.toString());
        form.put("windowStart", String.format("%02d:00", hour));
        form.put("windowEnd", String.format("%02d:00", hour + 1));
        form.put("preferredGender", "ANY");
        form.put("consent", true);
        if (coupon != null) {
            form.put("couponCode", coupon);
        }
        return Api.write(form);
    }

    // ---------------------------------------------------------------- b. payment notification -> Paid -> dispatched

    /** A signed PayMaster notification for one unpaid order. */
    record Notification(Placed order, HttpRequest request) {
    }

    /** The next unpaid order's notification, or null when none is left. */
    Notification nextNotification() {
        Placed p = unpaid.poll();
        if (p == null) {
            return null;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", MERCHANT_ID);
        f.put("LMI_PAYMENT_NO", "ORDER-" + p.id());
        f.put("LMI_SYS_PAYMENT_ID", String.valueOf(nextPaymentId.incrementAndGet()));
        f.put("LMI_SYS_PAYMENT_DATE", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(
                java.time.LocalDateTime.now(MOSCOW)));
        f.put("LMI_PAYMENT_AMOUNT", p.amount());
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", p.amount());
        f.put("LMI_PAID_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", "3");
        // LMI_SIM_MODE stays absent: a live payment (its empty value still takes its place in the hash).
        f.put("LMI_HASH", lmiHash(f, MERCHANT_SECRET));
        StringBuilder body = new StringBuilder();
        f.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return new Notification(p, api.formPost("/payments/paymaster/notification", body.toString()));
    }

    /** Base64(SHA-256("f1;f2;...;f10;secret")), absent fields empty (shared/docs/payment-gateways.md A.1.4). */
    static String lmiHash(Map<String, String> fields, String secret) {
        StringBuilder text = new StringBuilder();
        for (String name : LMI_FIELDS) {
            text.append(fields.getOrDefault(name, "")).append(';');
        }
        text.append(secret);
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closed-loop notification: records each paid order's send time (wall micros) for the dispatch lag. */
    Outcome notifyPaid(Map<Long, Long> sentMicros) {
        Notification n = nextNotification();
        if (n == null) {
            return Outcome.EXHAUSTED;
        }
        long wall = micros(Instant.now());
        long t0 = System.nanoTime();
        Api.Response r = api.send(n.request());
        long nanos = System.nanoTime() - t0;
        boolean ok = r.status() == 200;
        if (ok) {
            sentMicros.put(n.order().id(), wall);
        }
        return new Outcome(false, ok, r.status(), r.body(), nanos);
    }

    /**
     * From each order's notification to its OPERATOR_PROPOSED history entry (the time the dispatcher
     * proposed it, written by the service; same machine clock). Orders not proposed are counted.
     */
    static Map<String, Object> dispatchLag(Connection db, Map<Long, Long> sentMicros) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("notified", sentMicros.size());
        if (sentMicros.isEmpty()) {
            return m;
        }
        long[] lags = new long[sentMicros.size()];
        int n = 0;
        long paid = 0;
        try (PreparedStatement s = db.prepareStatement("SELECT order_id, to_status, happened_at FROM order_history"
                + " WHERE order_id = ANY(?) AND kind = 'STATUS' AND to_status IN ('PAID', 'OPERATOR_PROPOSED')")) {
            Array ids = db.createArrayOf("bigint", sentMicros.keySet().toArray(new Long[0]));
            s.setArray(1, ids);
            Map<Long, Long> proposed = new java.util.HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Timestamp at = rs.getTimestamp(3);
                    if ("PAID".equals(rs.getString(2))) {
                        paid++;
                    } else {
                        proposed.merge(id, micros(at.toInstant()), Math::min);
                    }
                }
            }
            for (Map.Entry<Long, Long> e : proposed.entrySet()) {
                Long sent = sentMicros.get(e.getKey());
                lags[n++] = Math.max(0, e.getValue() - sent) * 1000; // as nanos, for the shared percentile code
            }
        }
        long[] sorted = java.util.Arrays.copyOf(lags, n);
        java.util.Arrays.sort(sorted);
        m.put("paid", paid);
        m.put("dispatched", n);
        m.putAll(LatencyRecorder.percentiles(sorted));
        return m;
    }

    /**
     * How soon a client or admin sees the order dispatched: GET /admin/orders/{id} after the notification
     * answered, every ~1 ms then every 20 ms, until the status is OPERATOR_PROPOSED (counted from the
     * scheduled send).
     */
    void pollVisible(ExecutorService pool, long orderId, long dueNanos, LatencyRecorder visible) {
        pool.submit(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int polls = 0;
            while (System.nanoTime() < deadline) {
                Api.Response r = api.get("/admin/orders/" + orderId, seed.adminToken);
                if (r.ok() && "OPERATOR_PROPOSED".equals(r.json().path("status").asText())) {
                    visible.ok(System.nanoTime() - dueNanos);
                    return;
                }
                if (!r.ok()) {
                    visible.error(r.status(), r.body());
                    return;
                }
                // Every ~1 ms at first, then every 20 ms: polling must not become the load it measures.
                LockSupport.parkNanos(++polls < 20 ? 1_000_000 : 20_000_000);
            }
            visible.error(0, "order " + orderId + " not OPERATOR_PROPOSED within 20 s");
        });
    }

    // ---------------------------------------------------------------- c. the admin order list

    /** A named filter set of the admin list and one concrete query string for it. */
    record Filter(String name, String query) {
    }

    /** One admin list request with the next filter set; latency also kept per filter set. */
    Outcome listOrders(List<Filter> filters, AtomicInteger next, Map<String, LatencyRecorder> byFilter) {
        Filter f = filters.get(Math.floorMod(next.getAndIncrement(), filters.size()));
        HttpRequest request = api.request("/admin/orders" + (f.query().isEmpty() ? "" : "?" + f.query()), seed.adminToken)
                .GET().build();
        long t0 = System.nanoTime();
        Api.Response r = api.send(request);
        long nanos = System.nanoTime() - t0;
        boolean ok = r.status() == 200;
        LatencyRecorder rec = byFilter.get(f.name());
        if (ok) {
            rec.ok(nanos);
        } else {
            rec.error(r.status(), r.body());
        }
        return new Outcome(false, ok, r.status(), r.body(), nanos);
    }
}
