package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.retry.IdempotencyKeys;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.cycle.CampaignLauncher;
import org.learningsociety.workflow.engine.CycleTimeline;
import org.learningsociety.workflow.security.CamundaIdentityAuthenticationProvider;
import org.learningsociety.workflow.security.GroupUnits;
import org.learningsociety.workflow.security.LearningSocietySecurityAutoConfiguration;
import org.learningsociety.workflow.security.OfficerUnitAccess;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.SecurityFilterChain;

/** The API's and the security's auto-configuration: what they make, and that each bean steps aside. */
class ApiAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LearningSocietySecurityAutoConfiguration.class,
                    LearningSocietyApiAutoConfiguration.class, SecurityAutoConfiguration.class))
            .withBean(LearningSocietyAutoConfiguration.CLOCK, Clock.class, Clock::systemDefaultZone)
            .withBean(UnitDirectory.class, () -> mock(UnitDirectory.class))
            .withBean(PlanDirectory.class, () -> mock(PlanDirectory.class))
            .withBean(YearlyRecords.class, () -> mock(YearlyRecords.class))
            .withBean(Registering.class, () -> mock(Registering.class))
            .withBean(SelfAssessing.class, () -> mock(SelfAssessing.class))
            .withBean(Verifying.class, () -> mock(Verifying.class))
            .withBean(AttainmentService.class, () -> mock(AttainmentService.class))
            .withBean(SubjectCatalogue.class, () -> mock(SubjectCatalogue.class))
            .withBean(CriteriaSets.class, () -> mock(CriteriaSets.class))
            .withBean(Subjects.class, () -> mock(Subjects.class))
            .withBean(Decisions.class, () -> mock(Decisions.class))
            .withBean(org.learningsociety.core.listing.Listings.class,
                    () -> mock(org.learningsociety.core.listing.Listings.class))
            .withBean(org.learningsociety.core.registration.RevokingRecognition.class,
                    () -> mock(org.learningsociety.core.registration.RevokingRecognition.class))
            .withBean(org.learningsociety.core.commendation.CommendationService.class,
                    () -> mock(org.learningsociety.core.commendation.CommendationService.class))
            .withBean(org.learningsociety.core.commendation.Commendations.class,
                    () -> mock(org.learningsociety.core.commendation.Commendations.class))
            .withBean(org.learningsociety.core.commendation.CommendationDossiers.class,
                    () -> mock(org.learningsociety.core.commendation.CommendationDossiers.class))
            .withBean(IdentityService.class, () -> mock(IdentityService.class))
            .withBean(CampaignLauncher.class, () -> mock(CampaignLauncher.class))
            .withBean(org.learningsociety.workflow.cycle.CampaignProgress.class,
                    () -> mock(org.learningsociety.workflow.cycle.CampaignProgress.class))
            .withBean(org.learningsociety.core.campaign.CampaignBatches.class,
                    () -> mock(org.learningsociety.core.campaign.CampaignBatches.class))
            .withBean(CycleTimeline.class, () -> mock(CycleTimeline.class))
            .withBean(org.learningsociety.core.shared.Transactions.class,
                    () -> new org.learningsociety.core.shared.Transactions() {
                        @Override
                        public <T> T inTransaction(java.util.function.Supplier<T> work) {
                            return work.get();
                        }
                    })
            .withBean(org.learningsociety.core.unit.UnitLocks.class, () -> org.learningsociety.core.unit.UnitLocks.NONE)
            .withBean(org.learningsociety.core.audit.AuditTrail.class, () -> org.learningsociety.core.audit.AuditTrail.NONE)
            .withBean(org.learningsociety.core.privacy.PersonalData.class,
                    () -> mock(org.learningsociety.core.privacy.PersonalData.class))
            .withBean(org.learningsociety.core.evidence.EvidenceUploads.class,
                    () -> mock(org.learningsociety.core.evidence.EvidenceUploads.class))
            .withBean(org.learningsociety.core.subject.VillageSubjects.class,
                    () -> mock(org.learningsociety.core.subject.VillageSubjects.class))
            .withBean(org.learningsociety.core.registration.VillageRoll.class,
                    () -> mock(org.learningsociety.core.registration.VillageRoll.class))
            .withBean(org.learningsociety.core.registration.VillageAssessments.class,
                    () -> mock(org.learningsociety.core.registration.VillageAssessments.class))
            .withBean(org.learningsociety.core.indicator.IndicatorEntry.class,
                    () -> mock(org.learningsociety.core.indicator.IndicatorEntry.class))
            .withBean(org.learningsociety.core.indicator.IndicatorSheets.class,
                    () -> mock(org.learningsociety.core.indicator.IndicatorSheets.class));

    @Test
    void makesEveryControllerTheAdviceAndTheSecurity() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(UnitsController.class).hasSingleBean(TargetsController.class)
                .hasSingleBean(CriteriaSetsController.class).hasSingleBean(CampaignsController.class)
                .hasSingleBean(SubjectsController.class).hasSingleBean(RegistrationsController.class)
                .hasSingleBean(DecisionsController.class).hasSingleBean(CommendationsController.class)
                .hasSingleBean(ReportsController.class).hasSingleBean(TimelinesController.class)
                .hasSingleBean(LearningSocietyProblems.class)
                .hasSingleBean(RegistrationHistoryController.class).hasSingleBean(PersonalDataController.class)
                .hasSingleBean(EvidenceController.class).hasSingleBean(UploadLimitProblems.class)
                .hasSingleBean(VillagesController.class).hasSingleBean(IndicatorValuesController.class)
                .hasSingleBean(CamundaIdentityAuthenticationProvider.class)
                .hasBean("learningSocietyApiSecurity").hasBean("camundaWebappsSecurity")
                .hasBean("learningSocietyDefaultSecurity")
                .hasBean("engineRestAuthenticationFilter")
                .getBean(UnitAccess.class).isInstanceOf(OfficerUnitAccess.class));
    }

    @Test
    void stepsAsideForAPortalsOwnControllersAndAdvice() {
        UnitsController units = new UnitsController(mock(UnitDirectory.class), UnitAccess.everyone(),
                Clock.systemDefaultZone());
        LearningSocietyProblems problems = new LearningSocietyProblems();
        runner.withBean(UnitsController.class, () -> units)
                .withBean(LearningSocietyProblems.class, () -> problems)
                .run(context -> {
                    assertThat(context).getBean(UnitsController.class).isSameAs(units);
                    assertThat(context).getBean(LearningSocietyProblems.class).isSameAs(problems);
                });
    }

    @Test
    void makesTheRoutingProblemsAndTheIdempotencyKeyFilterOnTheApiPath() {
        runner.withBean(IdempotencyKeys.class, () -> mock(IdempotencyKeys.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(RoutingProblems.class).hasSingleBean(IdempotentPosts.class);
            assertThat(context.getBean("learningSocietyIdempotentPostsRegistration", FilterRegistrationBean.class)
                    .getUrlPatterns()).containsExactly(LearningSocietyApi.BASE_PATH + "/*");
        });
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(IdempotentPosts.class));
    }

    @Test
    void stepsAsideForAPortalsOwnIdempotencyKeyFilter() {
        IdempotentPosts own = new IdempotentPosts(mock(IdempotencyKeys.class),
                new com.fasterxml.jackson.databind.ObjectMapper(), Clock.systemUTC());
        runner.withBean(IdempotencyKeys.class, () -> mock(IdempotencyKeys.class))
                .withBean(IdempotentPosts.class, () -> own)
                .run(context -> assertThat(context).getBean(IdempotentPosts.class).isSameAs(own));
    }

    @Test
    void stepsAsideForAPortalsOwnAccessRuleAndGroupNames() {
        UnitAccess access = UnitAccess.everyone();
        GroupUnits groups = groupId -> java.util.Optional.empty();
        runner.withBean(UnitAccess.class, () -> access).withBean(GroupUnits.class, () -> groups)
                .run(context -> {
                    assertThat(context).getBean(UnitAccess.class).isSameAs(access);
                    assertThat(context).getBean(GroupUnits.class).isSameAs(groups);
                    // the portal's own UnitAccess decides alone: no action is checked against the matrix
                    ActionAccess actions = context.getBean(ActionAccess.class);
                    for (Action action : Action.values()) {
                        actions.requireAllowed(action);
                    }
                });
    }

    @Test
    void checksTheMatrixBeforeEachHandlerWithTheLibrarysOwnUnitAccess() {
        runner.run(context -> assertThat(context).getBean(ActionAccess.class)
                .isInstanceOf(org.learningsociety.workflow.security.RoleActionAccess.class));
        org.learningsociety.workflow.security.PermissionMatrix own = org.learningsociety.workflow.security
                .PermissionMatrix.withOverrides(java.util.Map.of("association", java.util.List.of("read")));
        runner.withBean(org.learningsociety.workflow.security.PermissionMatrix.class, () -> own)
                .run(context -> assertThat(context)
                        .getBean(org.learningsociety.workflow.security.PermissionMatrix.class).isSameAs(own));
    }

    @Test
    void stepsAsideForAPortalsOwnAuthenticationAndFilterChains() {
        CamundaIdentityAuthenticationProvider provider =
                new CamundaIdentityAuthenticationProvider(mock(IdentityService.class));
        runner.withBean(CamundaIdentityAuthenticationProvider.class, () -> provider)
                .withBean("learningSocietyApiSecurity", SecurityFilterChain.class,
                        () -> mock(SecurityFilterChain.class))
                .withBean("engineRestAuthenticationFilter", Object.class, Object::new)
                .run(context -> {
                    assertThat(context).getBean(CamundaIdentityAuthenticationProvider.class).isSameAs(provider);
                    assertThat(context.getBean("learningSocietyApiSecurity")).isNotInstanceOf(
                            org.springframework.security.web.DefaultSecurityFilterChain.class);
                    assertThat(context.getBean("engineRestAuthenticationFilter").getClass()).isEqualTo(Object.class);
                });
        // a portal's own chain: nothing of the library's stands in for Spring Boot's or opens Camunda's paths
        runner.withBean("portalChain", SecurityFilterChain.class, () -> mock(SecurityFilterChain.class))
                .run(context -> assertThat(context).hasNotFailed().hasBean("learningSocietyApiSecurity")
                        .doesNotHaveBean("camundaWebappsSecurity").doesNotHaveBean("learningSocietyDefaultSecurity")
                        .doesNotHaveBean("engineRestAuthenticationFilter"));
        runner.withBean("portalChain", SecurityFilterChain.class, () -> mock(SecurityFilterChain.class))
                .withPropertyValues("learning-society.security.engine-rest-basic-auth=true")
                .run(context -> assertThat(context).hasNotFailed().hasBean("engineRestAuthenticationFilter"));
        // a portal's own users: the library's provider does not displace them from the global authentication
        runner.withBean(org.springframework.security.core.userdetails.UserDetailsService.class,
                        () -> mock(org.springframework.security.core.userdetails.UserDetailsService.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(CamundaIdentityAuthenticationProvider.class)
                        .hasBean("learningSocietyApiSecurity"));
    }

    @Test
    void leavesTheEngineEndpointsOutWithoutAnEngine() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LearningSocietyApiAutoConfiguration.class))
                .withBean(LearningSocietyAutoConfiguration.CLOCK, Clock.class, Clock::systemDefaultZone)
                .withBean(UnitDirectory.class, () -> mock(UnitDirectory.class))
                .withBean(PlanDirectory.class, () -> mock(PlanDirectory.class))
                .withBean(YearlyRecords.class, () -> mock(YearlyRecords.class))
            .withBean(Registering.class, () -> mock(Registering.class))
            .withBean(SelfAssessing.class, () -> mock(SelfAssessing.class))
            .withBean(Verifying.class, () -> mock(Verifying.class))
                .withBean(AttainmentService.class, () -> mock(AttainmentService.class))
                .withBean(SubjectCatalogue.class, () -> mock(SubjectCatalogue.class))
                .withBean(CriteriaSets.class, () -> mock(CriteriaSets.class))
                .withBean(Subjects.class, () -> mock(Subjects.class))
                .withBean(Decisions.class, () -> mock(Decisions.class))
                .withBean(org.learningsociety.core.listing.Listings.class,
                        () -> mock(org.learningsociety.core.listing.Listings.class))
                .withBean(org.learningsociety.core.registration.RevokingRecognition.class,
                        () -> mock(org.learningsociety.core.registration.RevokingRecognition.class))
                .withBean(UnitAccess.class, UnitAccess::everyone)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(UnitsController.class)
                        .doesNotHaveBean(CampaignsController.class).doesNotHaveBean(TimelinesController.class));
    }

    @Test
    void refusesEveryRequestWithoutSpringSecurityUnlessThePortalHasARuleOfItsOwn() {
        WebApplicationContextRunner withoutSecurity = runner
                .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader("org.springframework.security"))
                .withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration.class,
                        org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration.class,
                        org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration.class));
        withoutSecurity.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(OfficerUnitAccess.class)
                    .hasBean("learningSocietyRefusingEveryRequest");
            org.springframework.test.web.servlet.MockMvc mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders
                    .webAppContextSetup(context).build();
            for (String path : new String[] {"/units/10507", "/criteria-sets?model=FAMILY&year=2026"}) {
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                LearningSocietyApi.BASE_PATH + path))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden())
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                                .value(org.hamcrest.Matchers.startsWith(UnitAccess.NO_RULE)));
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> context.getBean(UnitAccess.class)
                    .requireAccess("10507", java.time.LocalDate.of(2026, 1, 1)))).isInstanceOf(OutOfScopeException.class);
        });
        UnitAccess own = UnitAccess.everyone();
        withoutSecurity.withBean(UnitAccess.class, () -> own).run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean("learningSocietyRefusingEveryRequest").getBean(UnitAccess.class).isSameAs(own));
    }

    @Test
    void canBeSwitchedOffWholeOrInParts() {
        runner.withPropertyValues("learning-society.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(UnitsController.class).doesNotHaveBean(OfficerUnitAccess.class)
                .doesNotHaveBean("learningSocietyApiSecurity"));
        runner.withPropertyValues("learning-society.api.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(UnitsController.class).hasSingleBean(OfficerUnitAccess.class));
        runner.withPropertyValues("learning-society.security.engine-rest-basic-auth=false").run(context ->
                assertThat(context).doesNotHaveBean("engineRestAuthenticationFilter"));
    }

    @Test
    void staysOutOfANonWebApplication() {
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LearningSocietySecurityAutoConfiguration.class,
                        LearningSocietyApiAutoConfiguration.class))
                .withBean(UnitDirectory.class, () -> mock(UnitDirectory.class))
                .run(context -> assertThat(context).doesNotHaveBean(UnitsController.class)
                        .doesNotHaveBean(CamundaIdentityAuthenticationProvider.class));
    }
}
