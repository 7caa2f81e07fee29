package org.learningsociety.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.CurrentActor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The core's wiring: the MyBatis configuration adjusted by a host's customizers, the typed settings,
 * the audit under the logged-in user.
 */
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
    void shipsNoDayForTheCommunesReportOnlyTheOneAProvinceSets() {
        runner.run(context -> assertThat(context.getBean(LearningSocietyProperties.class).getCycle()
                .defaultDeadlines()).as("no plan states a national day").doesNotContainKey(CyclePhase.REPORT)
                .containsKeys(CyclePhase.REGISTRATION, CyclePhase.SELF_ASSESSMENT, CyclePhase.VERIFICATION,
                        CyclePhase.RECOGNITION));
    }

    @Test
    void refusesToStartOnADayThatIsNoMonthDayNamingTheSetting() {
        runner.withPropertyValues("learning-society.cycle.recognition-closes=31-12")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("learning-society.cycle.recognition-closes")
                        .hasStackTraceContaining("must be a month-day such as 12-10"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void auditsUnderTheLoggedInUserOfSpringSecurityElseSystem() {
        runner.run(context -> {
            CurrentActor actor = context.getBean(CurrentActor.class);
            assertThat(actor).isInstanceOf(SpringSecurityActor.class);
            assertThat(actor.get()).isEqualTo(Actor.SYSTEM);

            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "can-bo.thanh-dong", null, AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
            assertThat(actor.get()).isEqualTo(new Actor("can-bo.thanh-dong"));

            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            assertThat(actor.get()).isEqualTo(Actor.SYSTEM);
        });
    }

    @Test
    void stepsAsideForAPortalsOwnActor() {
        runner.withBean(CurrentActor.class, () -> () -> new Actor("cong-thong-tin"))
                .run(context -> assertThat(context.getBean(CurrentActor.class).get()).isEqualTo(new Actor("cong-thong-tin")));
    }

    @Test
    void wiresTheAuditTrailAndPersonalDataOnTheDatabase() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(AuditTrail.class).hasSingleBean(PersonalData.class);
            assertThat(context.getBean(AuditTrail.class).historyOf(org.learningsociety.core.audit.Audited.REGISTRATION, 1))
                    .isEqualTo(List.of());
        });
    }
}
