package org.learningsociety.workflow.cycle;

import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.learningsociety.test.cycle.EngineClock;
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
}
