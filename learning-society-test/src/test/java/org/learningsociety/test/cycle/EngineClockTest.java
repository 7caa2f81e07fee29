package org.learningsociety.test.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineClockTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void readsTheEnginesClockWhereverItIsMoved() {
        EngineClock clock = new EngineClock(VIETNAM);

        EngineClock.at("2026-01-05T08:00:00+07:00");

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-05T01:00:00Z"));
        assertThat(clock.getZone()).isEqualTo(VIETNAM);
        assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(clock.instant());
    }
}
