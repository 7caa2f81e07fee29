package org.learningsociety.workflow;

import java.time.Clock;
import java.time.Period;
import javax.sql.DataSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.learningsociety.core.attainment.AttainmentCounts;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.attainment.ReformRollUp;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.YearlyReportDays;
import org.learningsociety.core.campaign.TaskTitles;
import org.learningsociety.core.commendation.AwardCatalogue;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.commendation.PlanAwardCatalogue;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.commendation.ProposingCommendations;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.evidence.EvidenceStore;
import org.learningsociety.core.evidence.EvidenceUploads;
import org.learningsociety.core.indicator.CitizenCounts;
import org.learningsociety.core.indicator.IndicatorReport;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.indicator.IndicatorValues;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.privacy.EvidenceRetention;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.privacy.PersonalDataRecords;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.referencedata.NationalUnitData;
import org.learningsociety.core.referencedata.ChangingPlans;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.RevokingRecognition;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.report.HonouringCongress;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.ImportJobs;
import org.learningsociety.core.subject.ProvinceImports;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectFileCheck;
import org.learningsociety.core.subject.SubjectImport;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLocks;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;
import org.learningsociety.workflow.database.LearningSocietyDatabase;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The core on the host's DataSource and transaction manager ({@link LearningSocietyDatabase}: named
 * {@code learningSocietyDataSource}, else the engine's, else the only or {@code @Primary} one), every core
 * service a bean of this one
 * class, split by concern as Spring Boot's own {@code DataSourceConfiguration} is:
 * <ul>
 * <li>{@link PersistenceConfiguration}: its MyBatis persistence (with its own session factory, so a
 * host's MyBatis is left alone; adjusted by {@link LearningSocietyPersistenceCustomizer}s), its schema
 * migrated with its own history table, its repositories and the reference data loaded on start;
 * <li>{@link RegistrationConfiguration}: units, subjects, plans, the subjects' year from registration
 * to recognition, commendations, and the cycle's batches and deadlines;
 * <li>{@link EvidenceConfiguration}: the checks of uploaded evidence, its retention, personal data;
 * <li>{@link ReportingConfiguration}: attainment, the reports up the hierarchy and the indicator values
 * units enter.
 * </ul>
 * Changes are audited under the logged-in user, and the core's events published after commit. Every
 * bean steps aside for a portal's own.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(LearningSocietyProperties.class)
@org.springframework.context.annotation.Import(org.learningsociety.workflow.events.EventOutboxConfiguration.class)
public class LearningSocietyAutoConfiguration {

    /** The qualifier of the library's own clock: a host may have clocks of its own. */
    public static final String CLOCK = "learningSocietyClock";

    /** With Spring Security on the classpath, changes are audited under the logged-in user's name. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
    static class SecurityActorConfiguration {

        @Bean
        @ConditionalOnMissingBean
        public CurrentActor learningSocietyCurrentActor() {
            return new SpringSecurityActor();
        }
    }

    /** Without Spring Security (and without a portal's own), every change is audited as "system". */
    @Bean
    @ConditionalOnMissingBean
    public CurrentActor learningSocietySystemActor() {
        return CurrentActor.SYSTEM;
    }

    @Bean(CLOCK)
    @ConditionalOnMissingBean(name = CLOCK)
    public Clock learningSocietyClock() {
        return Clock.systemDefaultZone();
    }

    /** Reads the cycle's days ({@code learning-society.cycle.*}) written {@code MM-dd}. */
    @Bean
    @ConfigurationPropertiesBinding
    public static LearningSocietyProperties.MonthDayConverter learningSocietyMonthDayConverter() {
        return new LearningSocietyProperties.MonthDayConverter();
    }

    /**
     * The DataSource and transaction manager the library runs on: named or qualified
     * {@code learningSocietyDataSource} ({@code learningSocietyTransactionManager}), else the engine's
     * {@code camundaBpmDataSource} ({@code camundaBpmTransactionManager}), else the only or {@code @Primary}
     * one; so a host with several starts.
     */
    @Bean
    @ConditionalOnMissingBean
    public LearningSocietyDatabase learningSocietyDatabase(BeanFactory beans) {
        return LearningSocietyDatabase.of((ListableBeanFactory) beans);
    }

    @Bean
    @ConditionalOnMissingBean
    public Transactions learningSocietyTransactions(LearningSocietyDatabase database) {
        return new SpringTransactions(database.transactionManager());
    }

    /** The MyBatis persistence, its repositories, and the reference data loaded on start. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class PersistenceConfiguration {

        @Bean
        @ConditionalOnMissingBean
        public MyBatisPersistence learningSocietyPersistence(LearningSocietyDatabase database, Transactions transactions,
                LearningSocietyProperties properties,
                ObjectProvider<LearningSocietyPersistenceCustomizer> customizers) {
            Configuration configuration = MyBatisPersistence.configuration(database.dataSource(),
                    new SpringManagedTransactionFactory());
            customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
            SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(configuration);
            MyBatisPersistence persistence = MyBatisPersistence.on(factory, new SqlSessionTemplate(factory),
                    transactions);
            if (properties.isMigrateSchema()) {
                persistence.migrate();
            }
            return persistence;
        }

        @Bean
        @ConditionalOnMissingBean
        public AdministrativeUnits administrativeUnits(MyBatisPersistence persistence) {
            return persistence.units();
        }

        @Bean
        @ConditionalOnMissingBean
        public Subjects subjects(MyBatisPersistence persistence) {
            return persistence.subjects();
        }

        @Bean
        @ConditionalOnMissingBean
        public Plans plans(MyBatisPersistence persistence) {
            return persistence.plans();
        }

        @Bean
        @ConditionalOnMissingBean
        public CriteriaSets criteriaSets(MyBatisPersistence persistence) {
            return persistence.criteriaSets();
        }

        @Bean
        @ConditionalOnMissingBean
        public ImportJobs importJobs(MyBatisPersistence persistence) {
            return persistence.importJobs();
        }

        @Bean
        @ConditionalOnMissingBean
        public Registrations registrations(MyBatisPersistence persistence) {
            return persistence.registrations();
        }

        @Bean
        @ConditionalOnMissingBean
        public Decisions decisions(MyBatisPersistence persistence) {
            return persistence.decisions();
        }

        @Bean
        @ConditionalOnMissingBean
        public Commendations commendations(MyBatisPersistence persistence) {
            return persistence.commendations();
        }

        @Bean
        @ConditionalOnMissingBean
        public AttainmentCounts attainmentCounts(MyBatisPersistence persistence) {
            return persistence.attainmentCounts();
        }

        @Bean
        @ConditionalOnMissingBean
        public Reports reports(MyBatisPersistence persistence) {
            return persistence.reports();
        }

        /** The REST API's Idempotency-Key store. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.retry.IdempotencyKeys idempotencyKeys(MyBatisPersistence persistence) {
            return persistence.idempotencyKeys();
        }

        @Bean
        @ConditionalOnMissingBean
        public AuditTrail auditTrail(MyBatisPersistence persistence) {
            return persistence.auditTrail();
        }

        /** The values units enter for their plans' indicators. */
        @Bean
        @ConditionalOnMissingBean
        public IndicatorValues indicatorValues(MyBatisPersistence persistence) {
            return persistence.indicatorValues();
        }

        /** The items a plan's task table is tracked by, per body, unit and year. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.plantask.PlanTaskItems planTaskItems(MyBatisPersistence persistence) {
            return persistence.planTaskItems();
        }

        @Bean
        @ConditionalOnMissingBean
        public PersonalDataRecords personalDataRecords(MyBatisPersistence persistence) {
            return persistence.personalDataRecords();
        }

        /** The member lists of households, clans, village communities and organisations. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.membership.Memberships memberships(MyBatisPersistence persistence) {
            return persistence.memberships();
        }

        /** The citizen indicators' counts, from the member lists. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.indicator.CitizenCounts citizenCounts(MyBatisPersistence persistence) {
            return persistence.citizenCounts();
        }

        /** Row locks for writers that take turns per unit (starting a commune's cycle). */
        @Bean
        @ConditionalOnMissingBean
        public UnitLocks unitLocks(MyBatisPersistence persistence) {
            return persistence.unitLocks();
        }

        /** Every version of each plan with its YAML: the shipped files' and those uploaded through the API. */
        @Bean
        @ConditionalOnMissingBean
        public PlanVersions planVersions(MyBatisPersistence persistence) {
            return persistence.planVersions();
        }

        @Bean
        @ConditionalOnMissingBean
        public ReferenceDataLoader referenceDataLoader(Plans plans, PlanVersions versions, CriteriaSets criteriaSets,
                Transactions transactions, @Qualifier(CLOCK) Clock clock) {
            return new ReferenceDataLoader(plans, versions, criteriaSets, transactions,
                    LearningSocietyAutoConfiguration.class.getClassLoader(), clock);
        }

        /** A province changes a plan by sending its YAML, stored as the plan's next version, audited. */
        @Bean
        @ConditionalOnMissingBean
        public ChangingPlans changingPlans(Plans plans, PlanVersions versions, AuditTrail audit,
                Transactions transactions, CurrentActor actor, @Qualifier(CLOCK) Clock clock) {
            return new ChangingPlans(plans, versions, audit, transactions, actor, clock);
        }

        @Bean
        @ConditionalOnMissingBean
        public AdministrativeUnitLoader administrativeUnitLoader(AdministrativeUnits units, Transactions transactions,
                LearningSocietyProperties properties) {
            return new AdministrativeUnitLoader(units, transactions, NationalUnitData.Source.shipped(),
                    properties.getReferenceData().getOldUnitsValidFrom());
        }

        @Bean
        @ConditionalOnMissingBean
        public ReferenceDataOnStart referenceDataOnStart(LearningSocietyProperties properties,
                ReferenceDataLoader referenceData, AdministrativeUnitLoader unitLoader) {
            return new ReferenceDataOnStart(properties.getReferenceData(), referenceData, unitLoader);
        }
    }

    /** Units, subjects, plans, the subjects' year, commendations, and the cycle's batches and deadlines. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class RegistrationConfiguration {

        @Bean
        @ConditionalOnMissingBean
        public UnitDirectory unitDirectory(AdministrativeUnits units, Transactions transactions,
                @Qualifier(CLOCK) Clock clock, AuditTrail audit, CurrentActor actor) {
            return new UnitDirectory(units, transactions, clock, audit, actor);
        }

        @Bean
        @ConditionalOnMissingBean
        public SubjectCatalogue subjectCatalogue(Subjects subjects, AdministrativeUnits units,
                Transactions transactions, @Qualifier(CLOCK) Clock clock, AuditTrail audit, CurrentActor actor,
                DomainEvents events) {
            return new SubjectCatalogue(subjects, units, transactions, clock, audit, actor, events);
        }

        /** A group's member list as a portal holds it on a day, kept with its history. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.membership.GroupMembers groupMembers(
                org.learningsociety.core.membership.Memberships memberships, Subjects subjects, UnitDirectory units,
                Transactions transactions, @Qualifier(CLOCK) Clock clock, AuditTrail audit, CurrentActor actor) {
            return new org.learningsociety.core.membership.GroupMembers(memberships, subjects, units, transactions,
                    clock, audit, actor);
        }

        /** Province-size imports of subjects, each file checked whole and then stored, as a job. */
        @Bean
        @ConditionalOnMissingBean
        public ProvinceImports provinceImports(ImportJobs jobs, Subjects subjects, AdministrativeUnits units,
                SubjectCatalogue catalogue, Transactions transactions, @Qualifier(CLOCK) Clock clock) {
            return new ProvinceImports(jobs, new SubjectFileCheck(subjects, units, clock),
                    new SubjectImport(catalogue, transactions), clock);
        }

        @Bean
        @ConditionalOnMissingBean
        public PlanDirectory planDirectory(Plans plans, UnitDirectory units, LearningSocietyProperties properties) {
            return new PlanDirectory(plans, units, properties.getReferenceData().getDraftsInForce());
        }

        @Bean
        @ConditionalOnMissingBean
        public YearlyRecords yearlyRecords(Registrations registrations, CriteriaSets criteriaSets,
                Transactions transactions, DomainEvents events, @Qualifier(CLOCK) Clock clock, AuditTrail audit,
                CurrentActor actor) {
            return new YearlyRecords(registrations, criteriaSets, transactions, events, clock, audit, actor);
        }

        @Bean
        @ConditionalOnMissingBean
        public Registering registering(YearlyRecords records, Subjects subjects, UnitDirectory units,
                PlanDirectory plans) {
            return new Registering(records, subjects, units, plans);
        }

        @Bean
        @ConditionalOnMissingBean
        public SelfAssessing selfAssessing(YearlyRecords records) {
            return new SelfAssessing(records);
        }

        @Bean
        @ConditionalOnMissingBean
        public Verifying verifying(YearlyRecords records) {
            return new Verifying(records);
        }

        /** A village's subjects sent as one list. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.subject.VillageSubjects villageSubjects(Subjects subjects,
                AdministrativeUnits units, SubjectCatalogue catalogue, Transactions transactions,
                @Qualifier(CLOCK) Clock clock, AuditTrail audit, CurrentActor actor) {
            return new org.learningsociety.core.subject.VillageSubjects(subjects, units, catalogue, transactions, clock,
                    audit, actor);
        }

        /** A village's roll for a year sent as one list. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.registration.VillageRoll villageRoll(Registering registering,
                Registrations registrations, Subjects subjects, AdministrativeUnits units,
                @Qualifier(CLOCK) Clock clock) {
            return new org.learningsociety.core.registration.VillageRoll(registering, registrations, subjects, units,
                    clock);
        }

        /**
         * A village's self-assessments and verifications sent as one list; late after the commune's window
         * closed as the engine tells ({@code SelfAssessmentIntake}), never without one.
         */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.registration.VillageAssessments villageAssessments(YearlyRecords records,
                SelfAssessing selfAssessing, Verifying verifying, Subjects subjects, AdministrativeUnits units,
                org.springframework.beans.factory.ObjectProvider<org.learningsociety.core.registration.SelfAssessmentWindow>
                        window) {
            return new org.learningsociety.core.registration.VillageAssessments(records, selfAssessing, verifying,
                    subjects, units, window.getIfAvailable(
                            () -> org.learningsociety.core.registration.SelfAssessmentWindow.ALWAYS_OPEN));
        }

        @Bean
        @ConditionalOnMissingBean
        public Recognising recognising(YearlyRecords records, Decisions decisions, UnitDirectory units,
                LearningSocietyProperties properties, org.learningsociety.core.plan.Recognisers recognisers) {
            LearningSocietyProperties.Criteria criteria = properties.getCriteria();
            return new Recognising(records, decisions, units, new org.learningsociety.core.criteria.OfficialCriteriaSets(
                    java.util.Set.copyOf(criteria.getOfficialSets()), criteria.isAllowSampleSets()), recognisers);
        }

        /** Who recognises titles in each unit: the body its plans name, its People's Committee when none does. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.plan.Recognisers recognisers(PlanDirectory plans) {
            return org.learningsociety.core.plan.Recognisers.fromPlans(plans);
        }

        @Bean
        @ConditionalOnMissingBean
        public RevokingRecognition revokingRecognition(YearlyRecords records) {
            return new RevokingRecognition(records);
        }

        @Bean
        @ConditionalOnMissingBean
        public CommendationService commendationService(Commendations commendations, Registrations registrations,
                Decisions decisions, UnitDirectory units, Transactions transactions, DomainEvents events,
                @Qualifier(CLOCK) Clock clock, AuditTrail audit, CurrentActor actor, AwardCatalogue awards) {
            return new CommendationService(commendations, registrations, decisions, units, transactions, events, clock,
                    audit, actor, awards);
        }

        /** The dossier a proposal goes up with: the subject's record year by year. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.commendation.CommendationDossiers commendationDossiers(
                Commendations commendations, Registrations registrations, Subjects subjects, Decisions decisions) {
            return new org.learningsociety.core.commendation.CommendationDossiers(commendations, registrations,
                    subjects, decisions);
        }

        /** The forms of award in force for a unit: those its plans name (docs/reference-data.md, awards). */
        @Bean
        @ConditionalOnMissingBean(AwardCatalogue.class)
        public PlanAwardCatalogue awardCatalogue(PlanDirectory plans) {
            return new PlanAwardCatalogue(plans);
        }

        @Bean
        @ConditionalOnMissingBean
        public ProposingCommendations proposingCommendations(CampaignBatches batches, Registrations registrations,
                CommendationService commendations) {
            return new ProposingCommendations(batches, registrations, commendations);
        }

        @Bean
        @ConditionalOnMissingBean
        public CampaignBatches campaignBatches(UnitDirectory units, Registrations registrations,
                @Qualifier(CLOCK) Clock clock) {
            return new CampaignBatches(units, registrations, clock);
        }

        @Bean
        @ConditionalOnMissingBean
        public TaskTitles taskTitles(CampaignBatches batches) {
            return new TaskTitles(batches);
        }

        @Bean
        @ConditionalOnMissingBean
        public CommuneRecognition communeRecognition(CampaignBatches batches, Registrations registrations,
                CriteriaSets criteriaSets, Recognising recognising) {
            return new CommuneRecognition(batches, registrations, criteriaSets, recognising);
        }

        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.registration.ClosingWithoutSelfAssessment closingWithoutSelfAssessment(
                YearlyRecords records) {
            return new org.learningsociety.core.registration.ClosingWithoutSelfAssessment(records);
        }

        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.campaign.BatchWork batchWork(CampaignBatches batches, UnitDirectory units,
                Registrations registrations, Subjects subjects, CriteriaSets criteriaSets,
                @Qualifier(CLOCK) Clock clock) {
            return new org.learningsociety.core.campaign.BatchWork(batches, units, registrations, subjects,
                    criteriaSets, clock);
        }

        /**
         * The day each window of a commune's cycle closes: its plan's, else {@code learning-society.cycle.*};
         * the report's as the plans date the commune's yearly report ({@link ReportDeadlines}), else
         * {@code learning-society.cycle.report-due}.
         */
        @Bean
        @ConditionalOnMissingBean
        public CycleDeadlines cycleDeadlinesOfPlans(UnitDirectory units, PlanDirectory plans,
                LearningSocietyProperties properties, YearlyReportDays reportDays) {
            return new CycleDeadlines(units, plans, properties.getCycle().defaultDeadlines(), reportDays);
        }
    }

    /** The checks of uploaded evidence, its retention, and the personal data held about a subject. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class EvidenceConfiguration {

        /** The checks of an uploaded evidence file, at most {@code learning-society.evidence.max-size} (10 MB). */
        @Bean
        @ConditionalOnMissingBean
        public EvidenceUploads evidenceUploads(EvidenceStore store, LearningSocietyProperties properties) {
            return new EvidenceUploads(store, properties.getEvidence().getMaxSize().toBytes());
        }

        /** The retention of evidence: {@code learning-society.evidence.retention}, else five years. */
        @Bean
        @ConditionalOnMissingBean
        public EvidenceRetention evidenceRetention(PersonalDataRecords records, AuditTrail audit,
                Transactions transactions, LearningSocietyProperties properties, @Qualifier(CLOCK) Clock clock,
                EvidenceStore evidenceStore) {
            Period retention = properties.getEvidence().getRetention() == null ? Period.ofYears(5)
                    : properties.getEvidence().getRetention();
            return new EvidenceRetention(records, audit, transactions, retention, clock, evidenceStore);
        }

        @Bean
        @ConditionalOnMissingBean
        public PersonalData personalData(Subjects subjects, Registrations registrations, Commendations commendations,
                PersonalDataRecords records, AuditTrail audit, Transactions transactions, CurrentActor actor,
                @Qualifier(CLOCK) Clock clock, EvidenceStore evidenceStore, DomainEvents events) {
            return new PersonalData(subjects, registrations, commendations, records, audit, transactions, actor, clock,
                    evidenceStore, events);
        }
    }

    /** Attainment against the plans' targets, and the reports up the hierarchy. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class ReportingConfiguration {

        @Bean
        @ConditionalOnMissingBean
        public AttainmentService attainmentService(AttainmentCounts counts, UnitDirectory units, PlanDirectory plans,
                AdministrativeUnits unitRepository, @Qualifier(CLOCK) Clock clock) {
            return new AttainmentService(counts, units, plans, new ReformRollUp(unitRepository), clock);
        }

        /** The lists a portal reads back, a unit standing for its subtree and the past units rolled up into it. */
        @Bean
        @ConditionalOnMissingBean
        public Listings listings(UnitDirectory units, AdministrativeUnits unitRepository, Subjects subjects,
                Registrations registrations, Decisions decisions, Commendations commendations,
                @Qualifier(CLOCK) Clock clock) {
            return new Listings(units, new ReformRollUp(unitRepository), subjects, registrations, decisions,
                    commendations, clock);
        }

        /** Every indicator of the plan in force, measured for a unit and its children. */
        @Bean
        @ConditionalOnMissingBean
        public IndicatorReport indicatorReport(AttainmentService attainment, PlanDirectory plans, UnitDirectory units,
                IndicatorValues values, CitizenCounts citizens) {
            return new IndicatorReport(attainment, plans, units, values, citizens);
        }

        @Bean
        @ConditionalOnMissingBean
        public ReportDeadlines reportDeadlines(PlanDirectory plans) {
            return new ReportDeadlines(plans);
        }

        @Bean
        @ConditionalOnMissingBean
        public ReportService reportService(Reports reports, AttainmentService attainment, UnitDirectory units,
                AdministrativeUnits unitHistory, ReportDeadlines deadlines, Transactions transactions,
                DomainEvents events, @Qualifier(CLOCK) Clock clock) {
            return new ReportService(reports, attainment, units, unitHistory, deadlines, transactions, events, clock);
        }

        /** A unit enters the values of its plan's indicators, audited, locked by an approved report. */
        @Bean
        @ConditionalOnMissingBean
        public IndicatorEntry indicatorEntry(IndicatorValues values, Reports reports, UnitDirectory units,
                PlanDirectory plans, AuditTrail audit, Transactions transactions, CurrentActor actor,
                @Qualifier(CLOCK) Clock clock) {
            return new IndicatorEntry(values, reports, units, plans, audit, transactions, actor, clock);
        }

        /** A plan's task table tracked per body, unit and year: due dates, overdue flags, statuses, audited. */
        @Bean
        @ConditionalOnMissingBean
        public org.learningsociety.core.plantask.PlanTaskTracking planTaskTracking(
                org.learningsociety.core.plantask.PlanTaskItems items, UnitDirectory units, PlanDirectory plans,
                AuditTrail audit, Transactions transactions, CurrentActor actor, @Qualifier(CLOCK) Clock clock) {
            return new org.learningsociety.core.plantask.PlanTaskTracking(items, units, plans, audit, transactions,
                    actor, clock);
        }

        /** What a unit and its children enter for a year, with the values stored and the locks. */
        @Bean
        @ConditionalOnMissingBean
        public IndicatorSheets indicatorSheets(IndicatorValues values, Reports reports, UnitDirectory units,
                PlanDirectory plans, AuditTrail audit, @Qualifier(CLOCK) Clock clock) {
            return new IndicatorSheets(values, reports, units, plans, audit, clock);
        }

        @Bean
        @ConditionalOnMissingBean
        public HonouringCongress honouringCongress(Registrations registrations, CommendationService commendations,
                Commendations proposals, Subjects subjects, UnitDirectory units, @Qualifier(CLOCK) Clock clock) {
            return new HonouringCongress(registrations, commendations, proposals, subjects, units, clock);
        }
    }
}
