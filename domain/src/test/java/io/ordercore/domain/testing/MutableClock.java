package io.ordercore.domain.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. Thread-safe. */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** 2026-11-23 09:00 Moscow (06:00 UTC): the fixed "now" of most tests. */
    public static MutableClock atDefaultNow() {
        return new MutableClock(Instant.parse("2026-11-23T06:00:00Z"));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new DelegatingZone(this, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** A view of the same moving instant in another zone. */
    private static final class DelegatingZone extends Clock {
        private final MutableClock source;
        private final ZoneId zone;

        DelegatingZone(MutableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new DelegatingZone(source, newZone);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
