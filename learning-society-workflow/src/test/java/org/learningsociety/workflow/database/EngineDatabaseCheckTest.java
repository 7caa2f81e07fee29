package org.learningsociety.workflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningsociety.workflow.database.LibraryDataSourceTest.h2;
import static org.learningsociety.workflow.database.LibraryDataSourceTest.hasTable;

import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.evidence.EvidenceAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The library's DataSource and the Camunda engine's: one, or the start refused with what to do, unless
 * the host sets {@code learning-society.datasource.separate-from-engine=true} (then a warning). A host
 * that gives the engine its own {@code camundaBpmDataSource} has the library follow it.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineDatabaseCheckTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class, CamundaBpmAutoConfiguration.class,
                    LearningSocietyAutoConfiguration.class, EvidenceAutoConfiguration.class,
                    EngineDatabaseAutoConfiguration.class))
            .withPropertyValues("learning-society.reference-data.load-plans-and-criteria=false",
                    "camunda.bpm.auto-deployment-enabled=false", "camunda.bpm.job-execution.enabled=false",
                    "camunda.bpm.generate-unique-process-engine-name=true", "camunda.bpm.metrics.enabled=false");

    @Test
    void refusesToStartWhenTheLibrarysDataSourceIsNotTheEnginesSayingWhatToDo() {
        runner.withUserConfiguration(PortalsAndLibrarys.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).hasStackTraceContaining("the library's DataSource 'learningSocietyDataSource' is not "
                    + "the one the Camunda engine runs on")
                    .hasStackTraceContaining("learning-society.datasource.separate-from-engine=true");

            FailureAnalysis analysis = new SeparateDatabaseFailureAnalyzer().analyze(failure);
            assertThat(analysis).as("Spring Boot prints it as a failure analysis").isNotNull();
            assertThat(analysis.getDescription()).contains("would commit apart").as("what to do is the action's")
                    .doesNotContain("separate-from-engine");
            assertThat(analysis.getAction()).contains("@Qualifier(\"learningSocietyDataSource\")",
                    "learning-society.datasource.separate-from-engine=true");
        });
    }

    @Test
    void aDeveloperReadsWhatFailedAndWhatToDoAsSpringBootPrintsAFailedStart(CapturedOutput output) {
        SpringApplication application = new SpringApplication(PortalsAndLibrarysApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("learning-society.reference-data.load-plans-and-criteria", "false",
                "camunda.bpm.auto-deployment-enabled", "false", "camunda.bpm.job-execution.enabled", "false",
                "camunda.bpm.generate-unique-process-engine-name", "true", "camunda.bpm.metrics.enabled", "false"));

        assertThatThrownBy(application::run).hasStackTraceContaining("is not the one the Camunda engine runs on");
        assertThat(output).contains("APPLICATION FAILED TO START", "Description:",
                "learning-society: the library's DataSource 'learningSocietyDataSource' is not the one the Camunda "
                        + "engine runs on", "Action:", "Give the library the engine's DataSource");
    }

    @Test
    void startsOnTwoWhenTheHostSaysSoKnowinglyAndWarns(CapturedOutput output) {
        runner.withUserConfiguration(PortalsAndLibrarys.class)
                .withPropertyValues("learning-society.datasource.separate-from-engine=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ProcessEngine.class);
                    DataSource portal = context.getBean("portalDataSource", DataSource.class);
                    DataSource library = context.getBean(LearningSocietyDatabase.DATA_SOURCE, DataSource.class);
                    assertThat(hasTable(portal, "act_ru_task")).as("the engine on the primary").isTrue();
                    assertThat(hasTable(library, "ls_schema_history")).as("the library on its own").isTrue();
                    assertThat(output).contains("learning-society: the library's DataSource "
                            + "'learningSocietyDataSource' is not the engine's");
                });
    }

    @Test
    void followsTheEnginesOwnDataSourceWhenTheHostGivesTheEngineOne(CapturedOutput output) {
        runner.withUserConfiguration(PortalsAndEngines.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ProcessEngine.class);
            DataSource portal = context.getBean("portalDataSource", DataSource.class);
            DataSource engine = context.getBean(LearningSocietyDatabase.ENGINE_DATA_SOURCE, DataSource.class);
            assertThat(hasTable(engine, "act_ru_task")).isTrue();
            assertThat(hasTable(engine, "ls_schema_history")).as("the library beside the engine").isTrue();
            assertThat(hasTable(portal, "ls_schema_history")).isFalse();
            assertThat(hasTable(portal, "act_ru_task")).isFalse();
            assertThat(output).doesNotContain("is not the engine's");
        });
    }

    /** The portal's DataSource and transaction manager, {@code @Primary} (the engine's), and the library's. */
    @Configuration(proxyBeanMethods = false)
    static class PortalsAndLibrarys {

        @Bean
        @Primary
        DataSource portalDataSource() {
            return h2("portal");
        }

        @Bean
        @Primary
        PlatformTransactionManager portalTransactionManager(DataSource portalDataSource) {
            return new JdbcTransactionManager(portalDataSource);
        }

        @Bean
        DataSource learningSocietyDataSource() {
            return h2("library");
        }

        @Bean
        PlatformTransactionManager learningSocietyTransactionManager(
                @Qualifier("learningSocietyDataSource") DataSource library) {
            return new JdbcTransactionManager(library);
        }
    }

    /** {@link PortalsAndLibrarys} as an application, with this test's auto-configurations. */
    @Configuration(proxyBeanMethods = false)
    @Import(PortalsAndLibrarys.class)
    @ImportAutoConfiguration({DataSourceTransactionManagerAutoConfiguration.class,
            TransactionAutoConfiguration.class, CamundaBpmAutoConfiguration.class,
            LearningSocietyAutoConfiguration.class, EvidenceAutoConfiguration.class,
            EngineDatabaseAutoConfiguration.class})
    static class PortalsAndLibrarysApplication {
    }

    /** The portal's pair, {@code @Primary}, and the engine's, as Camunda's starter names them. */
    @Configuration(proxyBeanMethods = false)
    static class PortalsAndEngines {

        @Bean
        @Primary
        DataSource portalDataSource() {
            return h2("portal");
        }

        @Bean
        @Primary
        PlatformTransactionManager portalTransactionManager(DataSource portalDataSource) {
            return new JdbcTransactionManager(portalDataSource);
        }

        @Bean
        DataSource camundaBpmDataSource() {
            return h2("engine");
        }

        @Bean
        PlatformTransactionManager camundaBpmTransactionManager(@Qualifier("camundaBpmDataSource") DataSource engine) {
            return new JdbcTransactionManager(engine);
        }
    }
}
