package org.learningsociety.workflow.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A host as small as a portal gets: the starter's auto-configuration on a DataSource, nothing else.
 * The core's clock reads Camunda's, so moving {@link ClockUtil} moves both the engine's timers and
 * the dates the core records.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CycleTestApplication {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock learningSocietyClock() {
        return new EngineClock(VIETNAM);
    }

    /** The host's own clock, as a portal may well have: the library must keep to its own. */
    @Bean
    Clock hostClock() {
        return Clock.systemUTC();
    }

    /** A clock reading Camunda's {@link ClockUtil}, in Vietnam's zone. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
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
}
