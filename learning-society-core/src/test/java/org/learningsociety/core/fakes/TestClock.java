package org.learningsociety.core.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock a test sets and moves; in Vietnam's time zone. */
public final class TestClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Instant now;
    private final ZoneId zone;

    private TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at 08:00 of {@code date} in Vietnam. */
    public static TestClock on(LocalDate date) {
        return new TestClock(date.atTime(LocalTime.of(8, 0)).atZone(VIETNAM).toInstant(), VIETNAM);
    }

    /** Moves the clock to 08:00 of {@code date}. */
    public void setDate(LocalDate date) {
        now = date.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
