package org.learningsociety.workflow.api;

import java.time.Clock;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.LateSelfAssessments;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.evidence.EvidenceUploads;
import org.learningsociety.core.indicator.IndicatorReport;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.referencedata.ChangingPlans;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.RevokingRecognition;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessmentWindow;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.VillageAssessments;
import org.learningsociety.core.registration.VillageRoll;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.retry.IdempotencyKeys;
import org.learningsociety.core.subject.ProvinceImports;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.subject.VillageSubjects;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.learningsociety.workflow.api.bulk.VillageLists;
import org.learningsociety.workflow.cycle.CampaignLauncher;
import org.learningsociety.workflow.cycle.CampaignProgress;
import org.learningsociety.workflow.cycle.CycleAutoConfiguration;
import org.learningsociety.workflow.engine.CycleTimeline;
import org.learningsociety.workflow.engine.EngineAutoConfiguration;
import org.learningsociety.workflow.officer.OfficerAutoConfiguration;
import org.learningsociety.workflow.officer.OfficerProvisioning;
import org.learningsociety.workflow.report.ReportAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The REST API under {@value LearningSocietyApi#BASE_PATH} in a servlet web application: one
 * controller per resource and the problem-details advice. Each bean steps
 * aside for a portal's own; {@code learning-society.api.enabled=false} leaves the API out.
 */
// the security's by name: it implements this package's UnitAccess, and knowing it back would make a cycle
@AutoConfiguration(after = {LearningSocietyAutoConfiguration.class, CycleAutoConfiguration.class,
        EngineAutoConfiguration.class, ReportAutoConfiguration.class, OfficerAutoConfiguration.class},
        afterName = "org.learningsociety.workflow.security.LearningSocietySecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "learning-society.api", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean({UnitDirectory.class, PlanDirectory.class, YearlyRecords.class, AttainmentService.class,
        Listings.class})
public class LearningSocietyApiAutoConfiguration {

    /** The API's own JSON names and formats, whatever the host's global {@code ObjectMapper} says. */
    @Bean
    @ConditionalOnMissingBean
    public LibraryJson learningSocietyJson() {
        return new LibraryJson();
    }

    /** Reads and writes the library's controllers' JSON with {@link LibraryJson#mapper()}. */
    @Bean
    public org.springframework.web.servlet.config.annotation.WebMvcConfigurer learningSocietyJsonConverter(
            LibraryJson json) {
        return json.configurer();
    }

    /**
     * Without the security's (no Spring Security, or {@code learning-society.security.enabled=false}) or a
     * portal's own, no action is checked before a handler runs: the {@link UnitAccess} decides alone.
     */
    @Bean
    @ConditionalOnMissingBean
    public ActionAccess learningSocietyActionAccess() {
        return ActionAccess.everyAction();
    }

    /** Each handler of the API names its action ({@link LibraryAction}); {@link ActionAccess} is asked before it runs. */
    @Bean
    public org.springframework.web.servlet.config.annotation.WebMvcConfigurer learningSocietyActions(
            ActionAccess actions) {
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(LibraryActions.interceptor(actions));
            }
        };
    }

    /**
     * Without Spring Security there is no caller to tell apart, and erasing personal data is one of
     * the API's operations: unless the portal supplies its own {@link UnitAccess}, the API refuses
     * every request with a 403 problem (and says so at start-up).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.security.core.context.SecurityContextHolder")
    @ConditionalOnMissingBean(UnitAccess.class)
    static class WithoutSecurity {

        @Bean
        UnitAccess learningSocietyUnitAccess() {
            org.slf4j.LoggerFactory.getLogger(LearningSocietyApiAutoConfiguration.class).warn(
                    "Spring Security is not on the classpath and the portal declares no UnitAccess bean: the learning"
                    + " society API ({}) refuses every request. Add Spring Security, or declare a UnitAccess bean"
                    + " (UnitAccess.everyone() only if the API is behind a gate of the portal's own).",
                    LearningSocietyApi.BASE_PATH);
            return UnitAccess.nobody();
        }

        @Bean
        org.springframework.web.servlet.config.annotation.WebMvcConfigurer learningSocietyRefusingEveryRequest() {
            return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
                @Override
                public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                    registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
                        @Override
                        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                jakarta.servlet.http.HttpServletResponse response, Object handler) {
                            if (LibraryJson.handledByLibrary(handler)) {
                                throw new OutOfScopeException("request", "UnitAccess", UnitAccess.NO_RULE);
                            }
                            return true;
                        }
                    });
                }
            };
        }
    }

    /** Without the security's (or a portal's own), nobody may change a plan through the API. */
    @Bean
    @ConditionalOnMissingBean
    public PlanEditors learningSocietyPlanEditors() {
        return PlanEditors.nobody();
    }

    /** The plans as JSON or YAML, each version, and a province's changes sent as YAML. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ChangingPlans.class)
    public PlansController learningSocietyPlansController(ChangingPlans changing, Plans plans, PlanVersions versions,
            AuditTrail audit, PlanEditors editors,
            org.springframework.beans.factory.ObjectProvider<org.learningsociety.workflow.cycle.CommendationRuleInForce>
                    ruleInForce) {
        return new PlansController(changing, plans, versions, audit, editors, ruleInForce.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    public LearningSocietyProblems learningSocietyProblems() {
        return new LearningSocietyProblems();
    }

    @Bean
    @ConditionalOnMissingBean
    public UnitsController learningSocietyUnitsController(UnitDirectory units, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new UnitsController(units, access, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public TargetsController learningSocietyTargetsController(PlanDirectory plans, UnitDirectory units,
            UnitAccess access, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new TargetsController(plans, units, access, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public CriteriaSetsController learningSocietyCriteriaSetsController(CriteriaSets criteriaSets,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new CriteriaSetsController(criteriaSets, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Recognising.class)
    public AuthorityRecognitionController learningSocietyAuthorityRecognitionController(Recognising recognising,
            UnitAccess access, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock, UnitDirectory units,
            org.learningsociety.core.unit.CallerBodies bodies) {
        return new AuthorityRecognitionController(recognising, access, clock, units, bodies);
    }

    @Bean
    @ConditionalOnMissingBean
    public SubjectsController learningSocietySubjectsController(SubjectCatalogue catalogue, Listings listings,
            Subjects subjects, UnitAccess access, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new SubjectsController(catalogue, listings, subjects, access, clock);
    }

    /** The member lists of households, clans, village communities and organisations. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(org.learningsociety.core.membership.GroupMembers.class)
    public MembersController learningSocietyMembersController(org.learningsociety.core.membership.GroupMembers members,
            Subjects subjects, UnitAccess access, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new MembersController(members, subjects, access, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(CommendationService.class)
    public DecisionsController learningSocietyDecisionsController(Decisions decisions, Listings listings,
            UnitDirectory units, CommendationService commendations, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new DecisionsController(decisions, listings, units, commendations, access, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(CommendationService.class)
    public CommendationsController learningSocietyCommendationsController(Listings listings,
            CommendationService service, Commendations commendations, YearlyRecords records, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock,
            org.learningsociety.core.commendation.CommendationDossiers dossiers, UnitDirectory units) {
        return new CommendationsController(listings, service, commendations, records, access, clock, dossiers, units);
    }

    @Bean
    @ConditionalOnMissingBean
    public RegistrationsController learningSocietyRegistrationsController(YearlyRecords records,
            Registering registering, SelfAssessing selfAssessing, Verifying verifying, RevokingRecognition revoking,
            Subjects subjects, Decisions decisions, UnitAccess access, Listings listings, UnitDirectory units,
            org.springframework.beans.factory.ObjectProvider<SelfAssessmentWindow> windows,
            org.learningsociety.core.unit.CallerBodies bodies,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        // the cycle's intake decides, where an engine runs the cycles
        LateSelfAssessments lateness = new LateSelfAssessments(units,
                windows.getIfAvailable(() -> SelfAssessmentWindow.ALWAYS_OPEN), clock);
        return new RegistrationsController(records, registering, selfAssessing, verifying, revoking, subjects,
                decisions, access, listings, lateness, clock, units, bodies);
    }

    /** A village at a time: its subjects, roll, self-assessments and verifications as one list, and their workbooks. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({VillageSubjects.class, VillageRoll.class, VillageAssessments.class})
    public VillagesController learningSocietyVillagesController(VillageSubjects villageSubjects, VillageRoll roll,
            VillageAssessments assessments, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock,
            org.springframework.beans.factory.ObjectProvider<LearningSocietyProperties> properties,
            LibraryJson json) {
        return new VillagesController(villageSubjects, roll, assessments,
                new VillageLists(json.mapper()), access, clock,
                properties.getIfAvailable(LearningSocietyProperties::new).getApi().getMaxListSize().toBytes());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AuditTrail.class)
    public RegistrationHistoryController learningSocietyRegistrationHistoryController(YearlyRecords records,
            AuditTrail audit, UnitAccess access) {
        return new RegistrationHistoryController(records, audit, access);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(PersonalData.class)
    public PersonalDataController learningSocietyPersonalDataController(PersonalData personalData, Subjects subjects,
            UnitAccess access) {
        return new PersonalDataController(personalData, subjects, access);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(EvidenceUploads.class)
    public EvidenceController learningSocietyEvidenceController(YearlyRecords records, EvidenceUploads uploads,
            UnitAccess access) {
        return new EvidenceController(records, uploads, access);
    }

    /** Answers an upload over Spring's multipart limits with a Vietnamese problem, before any controller runs. */
    @Bean
    @ConditionalOnMissingBean
    public UploadLimitProblems learningSocietyUploadLimitProblems(
            LibraryJson json) {
        return new UploadLimitProblems(json.mapper());
    }

    /** Answers an unknown address, method or content type under the API with a Vietnamese problem. */
    @Bean
    @ConditionalOnMissingBean
    public RoutingProblems learningSocietyRoutingProblems(
            LibraryJson json) {
        return new RoutingProblems(json.mapper());
    }

    /** Answers a {@code POST} sent again with its {@code Idempotency-Key} as the first time, without running it again. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(IdempotencyKeys.class)
    public IdempotentPosts learningSocietyIdempotentPosts(IdempotencyKeys keys,
            LibraryJson json,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new IdempotentPosts(keys, json.mapper(), clock);
    }

    /** {@link IdempotentPosts} on the API's path, after Spring Security's filters: the caller is known. */
    @Bean
    @ConditionalOnBean(IdempotentPosts.class)
    @ConditionalOnMissingBean(name = "learningSocietyIdempotentPostsRegistration")
    public FilterRegistrationBean<IdempotentPosts> learningSocietyIdempotentPostsRegistration(IdempotentPosts filter) {
        FilterRegistrationBean<IdempotentPosts> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(LearningSocietyApi.BASE_PATH + "/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    public ReportsController learningSocietyReportsController(AttainmentService attainment, UnitAccess access,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new ReportsController(attainment, access, clock);
    }

    /** Runs the province-size imports the API accepts, one at a time, in the background. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ProvinceImports.class)
    public ImportRunner learningSocietyImportRunner(ProvinceImports imports, UnitDirectory units,
            LearningSocietyProperties properties, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new ImportRunner(imports, units, properties.getApi().getImportDirectory(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ImportRunner.class)
    public ImportsController learningSocietyImportsController(ImportRunner runner, UnitAccess access,
            LearningSocietyProperties properties, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new ImportsController(runner, access, properties.getApi().getImportMaxSize().toBytes(), clock);
    }

    /** A level's compiled report for a period, as data and as the official workbook. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(org.learningsociety.core.report.ReportService.class)
    public CompiledReportsController learningSocietyCompiledReportsController(
            org.learningsociety.core.report.ReportService reports, ObjectProvider<IndicatorReport> indicators,
            UnitAccess access, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new CompiledReportsController(reports, indicators.getIfAvailable(), access, clock);
    }

    /** The plan's whole table of indicators for a unit and a year or a review, as data and as a workbook. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({IndicatorReport.class, org.learningsociety.core.report.ReportService.class})
    public IndicatorTablesController learningSocietyIndicatorTablesController(IndicatorReport indicators,
            org.learningsociety.core.report.ReportService reports, UnitAccess access) {
        return new IndicatorTablesController(indicators, reports, access);
    }

    /** The values units enter for their plans' indicators, their sheets and their history. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({IndicatorEntry.class, IndicatorSheets.class})
    public IndicatorValuesController learningSocietyIndicatorValuesController(IndicatorEntry entry,
            IndicatorSheets sheets, UnitAccess access) {
        return new IndicatorValuesController(entry, sheets, access);
    }

    /**
     * Without the security's (or a portal's own), the caller acts for no body: sets no plan task's status,
     * revokes no recognition, recognises no subject for an authority.
     */
    @Bean
    @ConditionalOnMissingBean
    public org.learningsociety.core.unit.CallerBodies learningSocietyNoTaskBodies() {
        return org.learningsociety.core.unit.CallerBodies.NOBODY;
    }

    /** A plan's task table as items per body, unit and year, and the status the responsible body sets. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(org.learningsociety.core.plantask.PlanTaskTracking.class)
    public PlanTasksController learningSocietyPlanTasksController(
            org.learningsociety.core.plantask.PlanTaskTracking tracking,
            org.learningsociety.core.unit.CallerBodies bodies, UnitAccess access) {
        return new PlanTasksController(tracking, bodies, access);
    }

    /** A recognised subject's certificate, as a download. */
    @Bean
    @ConditionalOnMissingBean
    public DownloadsController learningSocietyDownloadsController(YearlyRecords records, Decisions decisions,
            Subjects subjects, UnitDirectory units, UnitAccess access,
            org.springframework.beans.factory.ObjectProvider<org.learningsociety.core.plan.Recognisers> recognisers) {
        return new DownloadsController(records, decisions, subjects, units, access, recognisers);
    }

    /**
     * Officers' roles in units. Who may give them is the {@link OfficerAccess} the security supplies; without
     * one (no Spring Security, or the library's security switched off) nobody may, until the portal supplies its own.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(OfficerProvisioning.class)
    public OfficersController learningSocietyOfficersController(OfficerProvisioning provisioning,
            ObjectProvider<OfficerAccess> access) {
        return new OfficersController(provisioning, access.getIfAvailable(OfficerAccess::nobody));
    }

    /** The endpoints that need the process engine: campaigns, timelines and report rounds. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(CycleTimeline.class)
    static class EngineEndpoints {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean({CampaignLauncher.class, CampaignProgress.class, CampaignBatches.class})
        public CampaignsController learningSocietyCampaignsController(CampaignLauncher launcher,
                CampaignProgress progress, CampaignBatches batches, UnitAccess access, UnitDirectory units,
                @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock,
                org.springframework.beans.factory.ObjectProvider<org.learningsociety.core.campaign.BatchWork> work) {
            return new CampaignsController(launcher, progress, batches, access, units, clock, work.getIfAvailable());
        }

        @Bean
        @ConditionalOnMissingBean
        public TimelinesController learningSocietyTimelinesController(CycleTimeline timeline, PlanDirectory plans) {
            return new TimelinesController(timeline, plans);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean({org.learningsociety.core.report.ReportService.class,
                org.learningsociety.workflow.report.ReportRounds.class})
        public ReportStatusController learningSocietyReportStatusController(
                org.learningsociety.core.report.ReportService reports,
                org.learningsociety.workflow.report.ReportRounds rounds, UnitAccess access,
                @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock, UnitDirectory units) {
            return new ReportStatusController(reports, rounds, access, clock, units);
        }
    }
}
