package org.learningsociety.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The core's wiring: the MyBatis configuration adjusted by a host's customizers, the typed settings. */
class LearningSocietyAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    LearningSocietyAutoConfiguration.class, org.learningsociety.workflow.evidence.EvidenceAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:wiring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "learning-society.reference-data.load-plans-and-criteria=false");

    @Test
    void appliesEveryCustomizerToTheOneConfigurationTheRepositoriesRunOn() {
        List<Configuration> customized = new ArrayList<>();
        runner.withBean("first", LearningSocietyPersistenceCustomizer.class,
                        () -> configuration -> {
                            customized.add(configuration);
                            configuration.setDefaultFetchSize(500);
                        })
                .withBean("second", LearningSocietyPersistenceCustomizer.class, () -> customized::add)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MyBatisPersistence.class);
                    assertThat(customized).hasSize(2);
                    assertThat(customized.get(0)).isSameAs(customized.get(1));
                    Configuration configuration = customized.get(0);
                    assertThat(configuration.getDefaultFetchSize()).isEqualTo(500);
                    assertThat(configuration.getDatabaseId()).as("the library's database id, set before").isEqualTo("h2");
                    assertThat(configuration.getMappedStatementNames()).as("the library's mappers, added before")
                            .anyMatch(name -> name.contains("RegistrationMapper"));
                    assertThat(context.getBean(org.learningsociety.core.unit.AdministrativeUnits.class)
                            .findByCode("31", java.time.LocalDate.of(2026, 1, 1))).as("the repositories run on it").isEmpty();
                });
    }

    @Test
    void readsTheCyclesDaysWrittenMonthDay() {
        runner.withPropertyValues("learning-society.cycle.registration-closes=03-15",
                        "learning-society.cycle.report-due=--12-01")
                .run(context -> {
                    var days = context.getBean(LearningSocietyProperties.class).getCycle().defaultDeadlines();
                    assertThat(days).containsEntry(CyclePhase.REGISTRATION, MonthDay.of(3, 15))
                            .containsEntry(CyclePhase.REPORT, MonthDay.of(12, 1))
                            .containsEntry(CyclePhase.RECOGNITION, MonthDay.of(12, 10));
                });
    }

    @Test
    void refusesToStartOnADayThatIsNoMonthDayNamingTheSetting() {
        runner.withPropertyValues("learning-society.cycle.recognition-closes=31-12")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("learning-society.cycle.recognition-closes")
                        .hasStackTraceContaining("must be a month-day such as 12-10"));
    }
}
