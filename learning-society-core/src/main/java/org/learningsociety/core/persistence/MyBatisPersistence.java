package org.learningsociety.core.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.TransactionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.learningsociety.core.attainment.AttainmentCounts;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.indicator.CitizenCounts;
import org.learningsociety.core.membership.Memberships;
import org.learningsociety.core.indicator.IndicatorValues;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.privacy.PersonalDataRecords;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.retry.IdempotencyKeys;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.ImportJobs;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitLocks;

/**
 * The persistence of the core on MyBatis: migrates the schema and hands out the repositories.
 *
 * <p>Standalone, {@link #create(DataSource)} builds its own MyBatis configuration and runs every
 * unit of work on a thread-bound {@link SqlSessionManager} session ({@link #transactions()}).
 * A host that manages transactions itself (the Spring starter) uses {@link #on} with its own
 * thread-safe session (mybatis-spring's {@code SqlSessionTemplate}) and its own
 * {@link Transactions}, or {@link #create(DataSource, TransactionFactory)} with mybatis-spring's
 * {@code SpringManagedTransactionFactory} so that the library joins the host's transactions.
 */
public final class MyBatisPersistence {

    /** The library's own history table, apart from a host's Flyway or Liquibase history. */
    public static final String HISTORY_TABLE = "ls_schema_history";

    private static final List<Class<?>> MAPPERS = List.of(UnitMapper.class, SubjectMapper.class,
            RegistrationMapper.class, DecisionMapper.class, CommendationMapper.class, PlanMapper.class,
            CriteriaSetMapper.class, CountMapper.class, ReportMapper.class, AuditMapper.class,
            PersonalDataMapper.class, IdempotencyKeyMapper.class, ImportMapper.class, MembershipMapper.class,
            IndicatorValueMapper.class, PlanVersionMapper.class, PlanTaskItemMapper.class);

    private final DataSource dataSource;
    private final Transactions transactions;
    private final AdministrativeUnits units;
    private final Subjects subjects;
    private final Plans plans;
    private final CriteriaSets criteriaSets;
    private final Registrations registrations;
    private final Decisions decisions;
    private final ImportJobs importJobs;
    private final Commendations commendations;
    private final AttainmentCounts attainmentCounts;
    private final Reports reports;
    private final AuditTrail auditTrail;
    private final PersonalDataRecords personalDataRecords;
    private final UnitLocks unitLocks;
    private final IdempotencyKeys idempotencyKeys;
    private final Memberships memberships;
    private final CitizenCounts citizenCounts;
    private final IndicatorValues indicatorValues;
    private final org.learningsociety.core.plan.PlanVersions planVersions;
    private final org.learningsociety.core.plantask.PlanTaskItems planTaskItems;
    private final String databaseId;

    private MyBatisPersistence(DataSource dataSource, SqlSession session, Transactions transactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        IdBlocks ids = new IdBlocks(dataSource);
        // the database as create() named it for the mappers, not asked of the database again
        this.databaseId = session.getConfiguration().getDatabaseId();
        this.units = new MyBatisAdministrativeUnits(session, transactions, ids);
        this.subjects = new MyBatisSubjects(session, transactions, ids, databaseId);
        this.plans = new MyBatisPlans(session, transactions);
        this.criteriaSets = new MyBatisCriteriaSets(session, transactions, ids);
        this.registrations = new MyBatisRegistrations(session, transactions, ids, databaseId);
        this.decisions = new MyBatisDecisions(session, transactions, ids);
        this.importJobs = new MyBatisImportJobs(session, transactions, ids);
        this.commendations = new MyBatisCommendations(session, transactions, ids);
        this.attainmentCounts = new MyBatisAttainmentCounts(session);
        this.reports = new MyBatisReports(session, transactions, ids);
        this.auditTrail = new MyBatisAuditTrail(session, transactions, databaseId);
        this.personalDataRecords = new MyBatisPersonalDataRecords(session, transactions);
        this.unitLocks = new MyBatisUnitLocks(session);
        this.idempotencyKeys = new MyBatisIdempotencyKeys(session, transactions);
        this.memberships = new MyBatisMemberships(session, transactions, ids);
        this.citizenCounts = new MyBatisCitizenCounts(session);
        this.indicatorValues = new MyBatisIndicatorValues(session, transactions);
        this.planVersions = new MyBatisPlanVersions(session, transactions);
        this.planTaskItems = new MyBatisPlanTaskItems(session, transactions);
    }

    /** Standalone persistence on {@code dataSource}, with local JDBC transactions. */
    public static MyBatisPersistence create(DataSource dataSource) {
        return create(dataSource, new JdbcTransactionFactory());
    }

    /**
     * Persistence on {@code dataSource} whose sessions take their connections and transactions from
     * {@code transactionFactory} (e.g. mybatis-spring's {@code SpringManagedTransactionFactory}).
     */
    public static MyBatisPersistence create(DataSource dataSource, TransactionFactory transactionFactory) {
        Configuration configuration = configuration(dataSource, transactionFactory);
        SqlSessionManager sessions = SqlSessionManager.newInstance(new SqlSessionFactoryBuilder().build(configuration));
        return new MyBatisPersistence(dataSource, sessions, new ManagedSessionTransactions(sessions));
    }

    /**
     * The library's MyBatis configuration on {@code dataSource}: its environment with
     * {@code transactionFactory}, the database's id (as the mappers name it) and the library's mappers.
     * A host may adjust it (a cache, a type handler, an interceptor) before it builds its session
     * factory from it and hands that to {@link #on}.
     */
    public static Configuration configuration(DataSource dataSource, TransactionFactory transactionFactory) {
        Configuration configuration = new Configuration(
                new Environment("learning-society", transactionFactory, dataSource));
        configuration.setDatabaseId(databaseIdProvider().getDatabaseId(dataSource));
        registerMappers(configuration);
        return configuration;
    }

    /**
     * Persistence on a host's MyBatis: {@code session} must be a thread-safe session bound to the
     * host's transactions (mybatis-spring's {@code SqlSessionTemplate}) and {@code transactions} the
     * host's way of running a unit of work. The library's mappers are added to the factory's
     * configuration; ids are reserved on the factory's data source.
     */
    public static MyBatisPersistence on(SqlSessionFactory factory, SqlSession session, Transactions transactions) {
        Configuration configuration = factory.getConfiguration();
        registerMappers(configuration);
        return new MyBatisPersistence(configuration.getEnvironment().getDataSource(), session, transactions);
    }

    /** Adds the library's mappers (read from their XML files on the classpath) to {@code configuration}. */
    public static synchronized void registerMappers(Configuration configuration) {
        if (!configuration.getTypeHandlerRegistry().hasTypeHandler(IdArray.class)) {
            configuration.getTypeHandlerRegistry().register(IdArray.class, new IdArray.Binding());
        }
        for (Class<?> mapper : MAPPERS) {
            if (!configuration.hasMapper(mapper)) {
                configuration.addMapper(mapper);
            }
        }
    }

    /** Maps the product names of the supported databases to the {@code databaseId}s of the mappers. */
    public static VendorDatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("H2", "h2");
        vendors.setProperty("PostgreSQL", "postgresql");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }

    /**
     * Brings the library's tables up to date, recording the scripts in its own history table
     * {@code ls_schema_history}; tables of others in the same schema (Camunda's, a host's and its
     * Flyway or Liquibase history) are neither read nor touched. Returns the number of scripts
     * applied (0 when the schema is current).
     */
    public int migrate() {
        return new SchemaMigrations(dataSource, databaseId).migrate();
    }

    /** The data source the library's tables are on (a host's outbox or tools write beside them). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The database as the mappers name it: {@code h2} or {@code postgresql}. */
    public String databaseId() {
        return databaseId;
    }

    public AdministrativeUnits units() {
        return units;
    }

    public Subjects subjects() {
        return subjects;
    }

    public Plans plans() {
        return plans;
    }

    /** Every version of each plan, with its text, in {@code ls_plan_version}. */
    public org.learningsociety.core.plan.PlanVersions planVersions() {
        return planVersions;
    }

    public CriteriaSets criteriaSets() {
        return criteriaSets;
    }

    public Registrations registrations() {
        return registrations;
    }

    public Decisions decisions() {
        return decisions;
    }

    public Commendations commendations() {
        return commendations;
    }

    /** Province-size imports run as jobs, in {@code ls_import}. */
    public ImportJobs importJobs() {
        return importJobs;
    }

    public AttainmentCounts attainmentCounts() {
        return attainmentCounts;
    }

    public Reports reports() {
        return reports;
    }

    /** The audit trail in {@code ls_audit}. */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** The writes of personal-data requests (erasure, evidence retention). */
    public PersonalDataRecords personalDataRecords() {
        return personalDataRecords;
    }

    /** Row locks on {@code ls_unit_version} for writers that must take turns per unit. */
    public UnitLocks unitLocks() {
        return unitLocks;
    }

    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    /** The member lists of households, clans, village communities and organisations, in {@code ls_membership}. */
    public Memberships memberships() {
        return memberships;
    }

    /** The citizen indicators' counts from the member lists. */
    public CitizenCounts citizenCounts() {
        return citizenCounts;
    }

    /** The values units enter for their plans' indicators, in {@code ls_indicator_value}. */
    public IndicatorValues indicatorValues() {
        return indicatorValues;
    }

    /** The items a plan's task table is tracked by, per body, unit and year, in {@code ls_plan_task_item}. */
    public org.learningsociety.core.plantask.PlanTaskItems planTaskItems() {
        return planTaskItems;
    }

    public Transactions transactions() {
        return transactions;
    }
}
