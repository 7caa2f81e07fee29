package org.learningsociety.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter's history defaults ({@link HistoryDefaults}) on a real engine: {@code audit} and a night window of
 * removal-time-based cleanup where the host says nothing, the level a database already stores kept, and every
 * setting a host makes (a Camunda property, a generic engine property in either spelling, its own plugin) kept.
 */
class HistoryDefaultsTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                    TransactionAutoConfiguration.class,
                    CamundaBpmAutoConfiguration.class, HistoryAutoConfiguration.class))
            .withPropertyValues("camunda.bpm.auto-deployment-enabled=false", "camunda.bpm.job-execution.enabled=false",
                    "camunda.bpm.generate-unique-process-engine-name=true", "camunda.bpm.metrics.enabled=false");

    @Test
    void aNewDatabaseKeepsAuditHistoryCleanedUpByRemovalTimeAtNight() {
        runner.withPropertyValues(h2("history-defaults-new")).run(context -> {
            ProcessEngineConfigurationImpl engine = configuration(context);
            assertThat(engine.getHistoryLevel().getName()).isEqualTo("audit");
            assertThat(storedLevel(context)).as("ACT_GE_PROPERTY historyLevel, 2 = audit").isEqualTo(2);
            assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
            assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0700");
            assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");
            assertThat(engine.getHistoryCleanupBatchSize()).isEqualTo(500);
            assertThat(engine.getHistoryCleanupDegreeOfParallelism()).isEqualTo(2);
            assertThat(engine.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");
            assertThat(engine.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
            // the engine schedules its cleanup jobs into the window: 01:00 in Vietnam, whatever the JVM's zone
            List<Job> cleanup = context.getBean(ProcessEngine.class).getHistoryService().findHistoryCleanupJobs();
            assertThat(cleanup).hasSize(2).allSatisfy(job -> assertThat(job.getDuedate().toInstant().atZone(VIETNAM)
                    .toLocalTime()).isEqualTo(LocalTime.of(1, 0)));
        });
    }

    @Test
    void aDatabaseOnFullStaysOnFullInsteadOfRefusingToStartUntilItsStoredLevelIsChanged() throws Exception {
        String[] database = h2("history-defaults-full");
        runner.withPropertyValues(database).withPropertyValues("camunda.bpm.history-level=full")
                .run(context -> assertThat(storedLevel(context)).isEqualTo(3));
        // Camunda itself refuses a configured level the database does not store ...
        runner.withPropertyValues(database).withPropertyValues("camunda.bpm.history-level=audit")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("historyLevel mismatch: configuration says HistoryLevelAudit"));
        // ... so the starter's default takes the stored one
        runner.withPropertyValues(database).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(configuration(context).getHistoryLevel().getName()).isEqualTo("full");
            assertThat(configuration(context).getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0700");
        });
        // the switch docs/upgrading.md describes: every node stopped, the stored level set to audit's 2
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:history-defaults-full", "sa", "");
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE ACT_GE_PROPERTY SET VALUE_ = '2' WHERE NAME_ = 'historyLevel'"))
                    .isOne();
        }
        runner.withPropertyValues(database).run(context -> {
            assertThat(configuration(context).getHistoryLevel().getName()).isEqualTo("audit");
            assertThat(storedLevel(context)).isEqualTo(2);
        });
    }

    @Test
    void aHostsCamundaPropertiesWinInEitherSpelling() {
        runner.withPropertyValues(h2("history-defaults-host-properties")).withPropertyValues(
                "camunda.bpm.history-level=full",
                "camunda.bpm.generic-properties.properties.history-cleanup-batch-window-start-time=22:00",
                "camunda.bpm.generic-properties.properties.historyCleanupBatchWindowEndTime=23:30",
                "camunda.bpm.generic-properties.properties.history-cleanup-degree-of-parallelism=1",
                "camunda.bpm.generic-properties.properties.historyCleanupStrategy=endTimeBased",
                "camunda.bpm.generic-properties.properties.history-cleanup-job-log-time-to-live=P7D").run(context -> {
                    ProcessEngineConfigurationImpl engine = configuration(context);
                    assertThat(engine.getHistoryLevel().getName()).isEqualTo("full");
                    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
                    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("23:30");
                    assertThat(engine.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
                    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("endTimeBased");
                    assertThat(engine.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P7D");
                    assertThat(engine.getBatchOperationHistoryTimeToLive()).as("what the host left").isEqualTo("P30D");
                });
    }

    @Test
    void aHostsOwnEnginePluginWins() {
        runner.withPropertyValues(h2("history-defaults-host-plugin")).withUserConfiguration(HostsPlugin.class)
                .run(context -> {
                    ProcessEngineConfigurationImpl engine = configuration(context);
                    assertThat(engine.getHistoryLevel().getName()).isEqualTo("activity");
                    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
                    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isNull();
                    // what the host's plugin leaves alone keeps the starter's default
                    assertThat(engine.getHistoryCleanupDegreeOfParallelism()).isEqualTo(2);
                });
    }

    @Test
    void aHostsOwnHistoryDefaultsReplaceTheStartersOnes() {
        runner.withPropertyValues(h2("history-defaults-replaced")).withUserConfiguration(HostsDefaults.class)
                .run(context -> {
                    assertThat(context).getBeans(HistoryDefaults.class).containsOnlyKeys("hostsDefaults");
                    assertThat(configuration(context).getHistoryLevel().getName()).isEqualTo("full");
                });
    }

    /** A host's plugin, without an order, as most are: it runs after the starter's defaults. */
    @Configuration(proxyBeanMethods = false)
    static class HostsPlugin {
        @Bean
        ProcessEnginePlugin hostsHistory() {
            return new AbstractProcessEnginePlugin() {
                @Override
                public void preInit(ProcessEngineConfigurationImpl configuration) {
                    configuration.setHistory("activity");
                    configuration.setHistoryCleanupBatchWindowStartTime("20:00");
                    configuration.setHistoryCleanupBatchWindowEndTime(null);
                }
            };
        }
    }

    /** A host's own defaults: here, Camunda's full level (the host says it wants it). */
    @Configuration(proxyBeanMethods = false)
    static class HostsDefaults {
        @Bean
        HistoryDefaults hostsDefaults() {
            return new HistoryDefaults("full", java.util.Set.of()) {
                @Override
                public void preInit(ProcessEngineConfigurationImpl configuration) {
                    // leaves the engine as the Camunda starter configured it
                }
            };
        }
    }

    private static String[] h2(String name) {
        return new String[] {"spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "spring.datasource.generate-unique-name=false"};
    }

    private static ProcessEngineConfigurationImpl configuration(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return (ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class).getProcessEngineConfiguration();
    }

    private static Integer storedLevel(AssertableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", Integer.class);
    }
}
