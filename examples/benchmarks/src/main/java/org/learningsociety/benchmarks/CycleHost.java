package org.learningsociety.benchmarks;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.learningsociety.test.cycle.EngineClock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The host of the cycle benchmarks: the starter's auto-configuration (core, embedded Camunda engine,
 * the real {@code bpmn/*.bpmn}, delegates and listeners) on the benchmark's DataSource, as a portal
 * has it; the job executor off, so the harness runs the jobs as the executor would, and the core's
 * clock reading Camunda's so that the harness can move both through the year.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class CycleHost {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock learningSocietyClock() {
        return new EngineClock(VIETNAM);
    }

    static ConfigurableApplicationContext start(DataSource dataSource, String name) {
        SpringApplication application = new SpringApplication(CycleHost.class);
        application.setAdditionalProfiles();
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(java.util.Map.of(
                "camunda.bpm.process-engine-name", name,
                "camunda.bpm.job-execution.enabled", "false",
                "camunda.bpm.metrics.enabled", "false",
                "learning-society.reference-data.units", "NONE",
                // the windows B2 ran on before drafts had to be put in force: Hải Phòng's 2023 draft
                "learning-society.reference-data.drafts-in-force", "hai-phong-draft-2023",
                // no plan dates a Hải Phòng commune's yearly report and none is shipped: the benchmark sets its own
                "learning-society.cycle.report-due", "12-20",
                // the benchmark recognises on the shipped sample criteria sets, knowingly
                "learning-society.criteria.allow-sample-sets", "true",
                "spring.main.web-application-type", "none",
                "logging.level.root", "WARN"));
        application.addInitializers(context -> ((GenericApplicationContext) context)
                .registerBean("dataSource", DataSource.class, () -> dataSource));
        return application.run();
    }
}
