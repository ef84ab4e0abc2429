package io.ordercore.adapter.persistence.race;

import io.ordercore.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Starts tasks at the same instant and counts how they ended: "OK" or the error code. */
final class Race {

    private Race() {
    }

    static Map<String, Integer> run(int count, IntFunction<Callable<?>> task) throws Exception {
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<?> work = task.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    work.call();
                    outcomes.computeIfAbsent("OK", k -> new AtomicInteger()).incrementAndGet();
                } catch (DomainException e) {
                    outcomes.computeIfAbsent(e.code(), k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Map<String, Integer> counted = new ConcurrentHashMap<>();
        outcomes.forEach((code, n) -> counted.put(code, n.get()));
        return counted;
    }
}
