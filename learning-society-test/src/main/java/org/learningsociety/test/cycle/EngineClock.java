package org.learningsociety.test.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A clock reading Camunda's {@link ClockUtil}: a host that makes it the core's clock (the
 * {@code learningSocietyClock} bean) moves the engine's timers and the dates the core records
 * together, with {@link #at(String)}.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves the engine's clock, and so this one, to {@code isoDateTime} ({@code 2026-01-05T08:00:00+07:00}). */
    public static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
