package org.learningsociety.workflow;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.campaign.CyclePhase;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.util.unit.DataSize;

/** The settings of the learning-society starter. */
@ConfigurationProperties("learning-society")
public class LearningSocietyProperties {

    /** Whether the library configures itself: its persistence, services, processes and API. */
    private boolean enabled = true;

    /**
     * Whether the library migrates its own tables (history table {@code ls_schema_history}) on start. Off,
     * a DBA runs the scripts the core's jar ships under {@code org/learningsociety/core/persistence/db/sql/}
     * (docs/database.md).
     */
    private boolean migrateSchema = true;

    /** Which DataSource the library's tables live in, and whether it may differ from the engine's. */
    private final Datasource datasource = new Datasource();

    /** The reference data loaded on start. */
    private final ReferenceData referenceData = new ReferenceData();

    /** Which criteria sets may decide a title. */
    private final Criteria criteria = new Criteria();

    /** The yearly cycle's timers. */
    private final Cycle cycle = new Cycle();

    /** Uploaded evidence files and how long they are kept. */
    private final Evidence evidence = new Evidence();

    /** The REST API. */
    private final Api api = new Api();

    /** The officers' login and reach. */
    private final Security security = new Security();

    /** Camunda's webapps, when the portal adds them. */
    private final Webapp webapp = new Webapp();
    /** What the cycle's Tasklist forms show beside the task. */
    private final Tasklist tasklist = new Tasklist();

    /** The outbox of the library's domain events and their delivery to the host's listeners. */
    private final Events events = new Events();

    /** How the library's BPMN, DMN and forms are deployed. */
    private final Deployment deployment = new Deployment();

    /** The officers' groups in Camunda's identity service. */
    private final Officers officers = new Officers();
    /** Provinces as Camunda tenants. */
    private final Tenants tenants = new Tenants();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMigrateSchema() {
        return migrateSchema;
    }

    public void setMigrateSchema(boolean migrateSchema) {
        this.migrateSchema = migrateSchema;
    }

    public Datasource getDatasource() {
        return datasource;
    }

    public ReferenceData getReferenceData() {
        return referenceData;
    }

    public Criteria getCriteria() {
        return criteria;
    }

    public Cycle getCycle() {
        return cycle;
    }

    public Evidence getEvidence() {
        return evidence;
    }

    public Api getApi() {
        return api;
    }

    public Security getSecurity() {
        return security;
    }

    public Webapp getWebapp() {
        return webapp;
    }

    public Events getEvents() {
        return events;
    }

    public Tasklist getTasklist() {
        return tasklist;
    }

    public Deployment getDeployment() {
        return deployment;
    }

    public Officers getOfficers() {
        return officers;
    }

    public Tenants getTenants() {
        return tenants;
    }

    /**
     * Provinces as Camunda tenants: each cycle and report process carries its province's code as tenant id,
     * officers are members of their province's tenant, and Camunda's tenant check keeps each province's tasks
     * from the others. A host whose engine configuration holds a tenant id provider of its own keeps it.
     */
    public static class Tenants {

        /** Whether provinces are tenants (the library's tenant id provider, memberships, the start's pass). */
        private boolean enabled = true;

        /**
         * Whether each start brings the identity service and the running instances up to date: officers made
         * members of their province's tenant, and instances started without a tenant given their province's
         * (in one transaction; idempotent, so each later start finds nothing to do).
         */
        private boolean updateOnStart = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isUpdateOnStart() {
            return updateOnStart;
        }

        public void setUpdateOnStart(boolean updateOnStart) {
            this.updateOnStart = updateOnStart;
        }
    }

    /** The officers' groups in Camunda's identity service. */
    public static class Officers {

        /**
         * Whether the groups earlier versions of the library wrote {@code hoi-khuyen-hoc:10507} are upgraded on
         * start to {@code hoikhuyenhoc10507}: their members, authorizations, open tasks and task filters moved
         * to the new group, then the old group deleted. Idempotent; once done, each start only looks.
         */
        private boolean upgradeLegacyGroups = true;

        public boolean isUpgradeLegacyGroups() {
            return upgradeLegacyGroups;
        }

        public void setUpgradeLegacyGroups(boolean upgradeLegacyGroups) {
            this.upgradeLegacyGroups = upgradeLegacyGroups;
        }
    }

    /**
     * The library's own deployment ({@code learning-society}), made when the engine starts. A file whose
     * key's latest version is an administrator's edit (deployed from Camunda Modeler, or through the
     * deployment guard) is not deployed over it, and a warning names it.
     */
    public static class Deployment {

        /**
         * Keys (process, decision or form) whose administrator-edited version the library's own file may
         * replace on the next start, e.g. {@code verify} after deciding to go back to the library's version.
         * Remove a key once the library's file is deployed: left set, it lets every later upgrade replace a
         * new edit too.
         */
        private List<String> replaceEdited = new ArrayList<>();

        public List<String> getReplaceEdited() {
            return replaceEdited;
        }

        public void setReplaceEdited(List<String> replaceEdited) {
            this.replaceEdited = replaceEdited;
        }
    }

    /**
     * What the cycle's Tasklist forms show beside the task. The village and commune tasks show their
     * batch's subjects as they stand whenever the task is created, claimed or changed; a portal that has
     * a page for a village can have the form link to it.
     */
    public static class Tasklist {

        /**
         * The address of the portal's page for a village's subjects of a year and model, linked from the
         * village's tasks, with the placeholders {@code {villageCode}}, {@code {year}} and {@code {model}}
         * (e.g. {@code /thon/{villageCode}?nam={year}&mo-hinh={model}}); relative to the Tasklist's host
         * when it starts with "/". No link when unset: the starter assumes no portal pages.
         */
        private String villagePageUrl;

        /**
         * The address of a commune's draft recognition annex, linked from the recognition task, with the
         * placeholders {@code {businessKey}}, {@code {communeCode}}, {@code {year}} and {@code {model}}. No
         * link when unset.
         */
        private String recognitionAnnexUrl;

        public String getVillagePageUrl() {
            return villagePageUrl;
        }

        public void setVillagePageUrl(String villagePageUrl) {
            this.villagePageUrl = villagePageUrl;
        }

        public String getRecognitionAnnexUrl() {
            return recognitionAnnexUrl;
        }

        public void setRecognitionAnnexUrl(String recognitionAnnexUrl) {
            this.recognitionAnnexUrl = recognitionAnnexUrl;
        }
    }

    /**
     * Uploaded evidence files (PDF, JPEG, PNG) and their retention. Spring's own multipart limits
     * ({@code spring.servlet.multipart.max-file-size}, default 1MB, and {@code max-request-size}) must be at
     * least {@link #maxSize}, or larger files are refused before the library sees them.
     */
    public static class Evidence {

        /** The directory the starter's file-system store keeps the files in (one folder per registration). */
        private Path directory = Path.of("data", "evidence");

        /** The largest file taken. */
        private DataSize maxSize = DataSize.ofMegabytes(10);

        /**
         * How long evidence (minh chứng) is kept after its year was registered, e.g. {@code P5Y}. When set,
         * the starter purges older evidence once every {@link #purgeInterval}; unset, nothing is purged on a
         * schedule (the {@code EvidenceRetention} bean then keeps {@code P5Y} for a portal's own schedule).
         */
        private Period retention;

        /** How often the evidence older than {@link #retention} is purged, when that is set. */
        private Duration purgeInterval = Duration.ofDays(1);

        public Path getDirectory() {
            return directory;
        }

        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        public DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }

        public Period getRetention() {
            return retention;
        }

        public void setRetention(Period retention) {
            this.retention = retention;
        }

        public Duration getPurgeInterval() {
            return purgeInterval;
        }

        public void setPurgeInterval(Duration purgeInterval) {
            this.purgeInterval = purgeInterval;
        }
    }

    /**
     * The yearly cycle's timers. The shipped BPMN closes each window at
     * {@code ${cycleDeadlines.closes(execution, '<WINDOW>')}}: the day the plan applying to the commune
     * sets (a milestone of that kind for the commune or all levels), else the default day below, in the
     * cycle's year. The report window is the commune's yearly report: the day Programme 387's plans in
     * force date it for the commune's level, else {@link #reportDue} when the portal sets it; it has no
     * default. Days are written month-day, {@code MM-dd}; a window closes at the end of its day.
     */
    public static class Cycle {

        /** The time zone the closing days are read in. */
        private ZoneId timeZone = ZoneId.of("Asia/Ho_Chi_Minh");

        /** The day registration closes when no plan sets one. */
        private MonthDay registrationCloses = MonthDay.of(2, 28);

        /** The day self-assessment closes when no plan sets one. */
        private MonthDay selfAssessmentCloses = MonthDay.of(9, 30);

        /** The day verification closes when no plan sets one. */
        private MonthDay verificationCloses = MonthDay.of(10, 31);

        /** The day recognition closes when no plan sets one (plans: "trong tháng 11, 12"). */
        private MonthDay recognitionCloses = MonthDay.of(12, 10);

        /**
         * The day the commune's yearly report is due where no plan in force dates it for the commune's
         * level, as the province sets it (Thái Bình's plan dates only its districts' "trước ngày 01 tháng
         * 12"; Hải Phòng's 46/KH-UBND none). Unset by default: no plan states a national day. Unset, and
         * with no plan's day, a commune's cycle refuses to start.
         */
        private MonthDay reportDue;

        /** The default closing days by window, as the core takes them; the report's only when set. */
        public Map<CyclePhase, MonthDay> defaultDeadlines() {
            Map<CyclePhase, MonthDay> days = new EnumMap<>(CyclePhase.class);
            days.put(CyclePhase.REGISTRATION, registrationCloses);
            days.put(CyclePhase.SELF_ASSESSMENT, selfAssessmentCloses);
            days.put(CyclePhase.VERIFICATION, verificationCloses);
            days.put(CyclePhase.RECOGNITION, recognitionCloses);
            if (reportDue != null) {
                days.put(CyclePhase.REPORT, reportDue);
            }
            return days;
        }

        public ZoneId getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
        }

        public MonthDay getRegistrationCloses() {
            return registrationCloses;
        }

        public void setRegistrationCloses(MonthDay registrationCloses) {
            this.registrationCloses = registrationCloses;
        }

        public MonthDay getSelfAssessmentCloses() {
            return selfAssessmentCloses;
        }

        public void setSelfAssessmentCloses(MonthDay selfAssessmentCloses) {
            this.selfAssessmentCloses = selfAssessmentCloses;
        }

        public MonthDay getVerificationCloses() {
            return verificationCloses;
        }

        public void setVerificationCloses(MonthDay verificationCloses) {
            this.verificationCloses = verificationCloses;
        }

        public MonthDay getRecognitionCloses() {
            return recognitionCloses;
        }

        public void setRecognitionCloses(MonthDay recognitionCloses) {
            this.recognitionCloses = recognitionCloses;
        }

        public MonthDay getReportDue() {
            return reportDue;
        }

        public void setReportDue(MonthDay reportDue) {
            this.reportDue = reportDue;
        }
    }

    /**
     * Which criteria sets may decide a title. A set whose file says {@code official: false} carries sample
     * numbers; a recognition decision on it is refused until the province declares it official here.
     */
    public static class Criteria {

        /**
         * The ids of the criteria sets (file ids, e.g. {@code family-448-2015}) the province has checked
         * against the issued decision and declared official: titles may be granted on them.
         */
        private List<String> officialSets = new ArrayList<>();

        /**
         * Whether a recognition decision may grant titles on a sample set the province has not declared
         * official: for demos and tests only, never for a real decision.
         */
        private boolean allowSampleSets = false;

        public List<String> getOfficialSets() {
            return officialSets;
        }

        public void setOfficialSets(List<String> officialSets) {
            this.officialSets = officialSets;
        }

        public boolean isAllowSampleSets() {
            return allowSampleSets;
        }

        public void setAllowSampleSets(boolean allowSampleSets) {
            this.allowSampleSets = allowSampleSets;
        }
    }

    /** Which reference data to load on start; every load is idempotent. */
    public static class ReferenceData {

        /** Whether the plan and criteria files on the classpath are loaded on start. */
        private boolean loadPlansAndCriteria = true;

        /**
         * Which administrative units to load on start: {@code NONE}, {@code COUNTRY} (both sides of the
         * 2025 reform with the conversion table), or {@code PROVINCES} (those in {@code provinces}).
         */
        private UnitsToLoad units = UnitsToLoad.NONE;

        /** The post-reform province codes to load when {@code units} is {@code PROVINCES}, e.g. 31. */
        private List<String> provinces = new ArrayList<>();

        /**
         * The ids of draft plans ({@code status: DRAFT}) a province has put in force, e.g.
         * {@code hai-phong-draft-2023}: they are applied like issued ones. Any other draft is loaded and
         * shown, never applied to targets or deadlines.
         */
        private List<String> draftsInForce = new ArrayList<>();

        /**
         * The first day the pre-reform unit list is taken to hold: it is the list of 4 January 2025 and
         * carries no earlier history.
         */
        private LocalDate oldUnitsValidFrom = LocalDate.of(2021, 1, 1);

        public boolean isLoadPlansAndCriteria() {
            return loadPlansAndCriteria;
        }

        public void setLoadPlansAndCriteria(boolean loadPlansAndCriteria) {
            this.loadPlansAndCriteria = loadPlansAndCriteria;
        }

        public UnitsToLoad getUnits() {
            return units;
        }

        public void setUnits(UnitsToLoad units) {
            this.units = units;
        }

        public List<String> getDraftsInForce() {
            return draftsInForce;
        }

        public void setDraftsInForce(List<String> draftsInForce) {
            this.draftsInForce = draftsInForce;
        }

        public List<String> getProvinces() {
            return provinces;
        }

        public void setProvinces(List<String> provinces) {
            this.provinces = provinces;
        }

        public LocalDate getOldUnitsValidFrom() {
            return oldUnitsValidFrom;
        }

        public void setOldUnitsValidFrom(LocalDate oldUnitsValidFrom) {
            this.oldUnitsValidFrom = oldUnitsValidFrom;
        }
    }

    /** The REST API under {@code /api/learning-society/v1}. */
    public static class Api {

        /** Whether the REST API is served (in a servlet web application). */
        private boolean enabled = true;

        /** The directory a province-size import's file waits in until its job has run ({@code POST /imports}). */
        private Path importDirectory = Path.of("data", "imports");

        /** The largest file {@code POST /imports} takes. */
        private DataSize importMaxSize = DataSize.ofMegabytes(200);

        /** The largest village list a bulk request may carry (JSON, CSV or xlsx); a larger one is refused with 413. */
        private DataSize maxListSize = DataSize.ofMegabytes(10);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Path getImportDirectory() {
            return importDirectory;
        }

        public void setImportDirectory(Path importDirectory) {
            this.importDirectory = importDirectory;
        }

        public DataSize getImportMaxSize() {
            return importMaxSize;
        }

        public void setImportMaxSize(DataSize importMaxSize) {
            this.importMaxSize = importMaxSize;
        }

        public DataSize getMaxListSize() {
            return maxListSize;
        }

        public void setMaxListSize(DataSize maxListSize) {
            this.maxListSize = maxListSize;
        }
    }

    /** The officers' login over Camunda's identity service, and the units they reach. */
    public static class Security {

        /**
         * Whether officers log in over Camunda's identity service and the API reaches only their units (with
         * Spring Security on the classpath).
         */
        private boolean enabled = true;

        /** Whether the engine's REST API ({@code /engine-rest/*}) takes HTTP basic authentication over the identity service. */
        private boolean engineRestBasicAuth = true;

        /** Bearer JWTs for the REST API, from the portal's identity provider. */
        private final Jwt jwt = new Jwt();

        /**
         * Where the portal logs its users in itself (an {@code AuthenticationProvider} or
         * {@code UserDetailsService} of its own): whether the REST API also takes the session of a user logged
         * in to the portal, so that the portal's pages call the API with their session cookie. The session is
         * read, never created or changed, and a call it authenticates must carry the portal's CSRF token for
         * every method but GET, HEAD, OPTIONS and TRACE. HTTP basic (the portal's passwords, then Camunda's
         * identity service) is taken either way; not in JWT mode, which takes bearer tokens only.
         */
        private boolean portalSession = true;

        /**
         * Where the portal logs its users in itself: whether a caller's library roles also come from their
         * memberships in Camunda's identity service (the library's own groups and the administrators' group
         * only), so that {@code OfficerProvisioning} gives a portal's users their roles. Read once per API
         * request. Never in JWT mode, where the token's claims are the whole truth.
         */
        private boolean rolesFromIdentityService = true;

        public boolean isPortalSession() {
            return portalSession;
        }

        public void setPortalSession(boolean portalSession) {
            this.portalSession = portalSession;
        }

        public boolean isRolesFromIdentityService() {
            return rolesFromIdentityService;
        }

        public void setRolesFromIdentityService(boolean rolesFromIdentityService) {
            this.rolesFromIdentityService = rolesFromIdentityService;
        }

        /**
         * The authority (an engine group, or what a JWT's claims become) whose members are administrators: every
         * unit, the actions of the permission matrix's {@code administrator} row.
         */
        private String administratorsGroup = "camunda-admin";

        /**
         * The authority (an engine group, or what a JWT's claims become) of a portal's back end, registering and
         * importing on citizens' behalf: every unit, the actions of the matrix's {@code service-account} row.
         * The default passes Camunda's default id whitelist, so it can be an engine group.
         */
        private String serviceAccount = "portalservice";

        /**
         * Rows of the permission matrix replacing the library's default, by role ({@code association},
         * {@code peoples-committee}, {@code emulation-board}, {@code administrator}, {@code service-account}):
         * the actions that role may take, e.g. {@code association=register,self-assess,verify,read}; an empty
         * value grants nothing. An unknown role or action refuses to start (docs/reliability.md).
         */
        private Map<String, List<String>> permissions = new java.util.LinkedHashMap<>();

        public String getAdministratorsGroup() {
            return administratorsGroup;
        }

        public void setAdministratorsGroup(String administratorsGroup) {
            this.administratorsGroup = administratorsGroup;
        }

        public String getServiceAccount() {
            return serviceAccount;
        }

        public void setServiceAccount(String serviceAccount) {
            this.serviceAccount = serviceAccount;
        }

        public Map<String, List<String>> getPermissions() {
            return permissions;
        }

        public void setPermissions(Map<String, List<String>> permissions) {
            this.permissions = permissions;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isEngineRestBasicAuth() {
            return engineRestBasicAuth;
        }

        public void setEngineRestBasicAuth(boolean engineRestBasicAuth) {
            this.engineRestBasicAuth = engineRestBasicAuth;
        }

        public Jwt getJwt() {
            return jwt;
        }

        /**
         * The REST API's bearer tokens: officers signed in at the portal's identity provider, their roles
         * and units read from the token's claims (docs/security-jwt.md).
         */
        public static class Jwt {

            /**
             * Whether the REST API takes bearer JWTs instead of HTTP basic over Camunda's identity service.
             * The tokens are checked as Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}
             * properties say ({@code issuer-uri} or {@code jwk-set-uri}), or by the portal's own
             * {@code JwtDecoder} bean; {@code spring-boot-starter-oauth2-resource-server} must be on the
             * classpath.
             */
            private boolean enabled = false;

            /**
             * The claim listing the caller's roles in units: entries {@code "<role>@<unit code>"}
             * ({@code "ubnd@10507"}) or objects {@code {"role": "ubnd", "unit": "10507"}}, and the bare
             * words of {@link #administratorRoles} and {@link #serviceAccountRoles}. A string claim is read
             * as entries separated by spaces or commas (so {@code scope} works too).
             */
            private String rolesClaim = "learning_society_roles";

            /**
             * A claim naming one role (or a list of roles) the caller holds in every unit of
             * {@link #unitsClaim}: for identity providers that cannot write {@code role@unit} entries.
             */
            private String roleClaim = "learning_society_role";

            /** The claim listing the unit codes of {@link #roleClaim}: a list, or codes separated by spaces or commas. */
            private String unitsClaim = "learning_society_units";

            /**
             * The claims naming the user the API records as the actor of a change (audit trail, who
             * verified, who imported), the first one a token carries; a token with none of them is refused.
             */
            private List<String> userClaims = new ArrayList<>(List.of("preferred_username", "sub"));

            /** The role words, without a unit, that make the caller an administrator (every unit). */
            private List<String> administratorRoles = new ArrayList<>(List.of("administrator"));

            /** The role words, without a unit, that make the caller a portal's service account. */
            private List<String> serviceAccountRoles = new ArrayList<>(List.of("service-account"));

            /**
             * The identity provider's own role words and the library's they stand for
             * ({@code HOI_KHUYEN_HOC: hoi-khuyen-hoc}, {@code admin: administrator}); a word not listed
             * is read as it is written.
             */
            private Map<String, String> roleAliases = new java.util.LinkedHashMap<>();

            public boolean isEnabled() {
                return enabled;
            }

            public void setEnabled(boolean enabled) {
                this.enabled = enabled;
            }

            public String getRolesClaim() {
                return rolesClaim;
            }

            public void setRolesClaim(String rolesClaim) {
                this.rolesClaim = rolesClaim;
            }

            public String getRoleClaim() {
                return roleClaim;
            }

            public void setRoleClaim(String roleClaim) {
                this.roleClaim = roleClaim;
            }

            public String getUnitsClaim() {
                return unitsClaim;
            }

            public void setUnitsClaim(String unitsClaim) {
                this.unitsClaim = unitsClaim;
            }

            public List<String> getUserClaims() {
                return userClaims;
            }

            public void setUserClaims(List<String> userClaims) {
                this.userClaims = userClaims;
            }

            public List<String> getAdministratorRoles() {
                return administratorRoles;
            }

            public void setAdministratorRoles(List<String> administratorRoles) {
                this.administratorRoles = administratorRoles;
            }

            public List<String> getServiceAccountRoles() {
                return serviceAccountRoles;
            }

            public void setServiceAccountRoles(List<String> serviceAccountRoles) {
                this.serviceAccountRoles = serviceAccountRoles;
            }

            public Map<String, String> getRoleAliases() {
                return roleAliases;
            }

            public void setRoleAliases(Map<String, String> roleAliases) {
                this.roleAliases = roleAliases;
            }
        }
    }

    /** Camunda's webapps ({@code camunda-bpm-spring-boot-starter-webapp}), when the portal adds them. */
    public static class Webapp {

        /**
         * Whether the starter serves Tasklist and Welcome in Vietnamese: their {@code vi} locale files, a
         * {@code config.js} making Vietnamese the default (English with {@code ?lang=en}) with dates as
         * dd/MM/yyyy, and user styles hiding the Camunda 8 migration banner. A {@code config.js} or
         * {@code user-styles.css} the portal ships under {@code META-INF/resources/webjars/camunda/app/<app>/}
         * is kept.
         */
        private boolean vietnamese = true;

        public boolean isVietnamese() {
            return vietnamese;
        }

        public void setVietnamese(boolean vietnamese) {
            this.vietnamese = vietnamese;
        }
    }

    /** Which administrative units the starter loads. */
    public enum UnitsToLoad {
        NONE,
        COUNTRY,
        PROVINCES
    }

    /**
     * Reads a day of the year written month-day, {@code MM-dd} (e.g. {@code 12-10}), as the cycle's days
     * are set; ISO's {@code --MM-dd} is taken too.
     */
    public static class MonthDayConverter implements Converter<String, MonthDay> {

        @Override
        public MonthDay convert(String value) {
            String text = value.trim();
            try {
                return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a month-day such as 12-10, not \"" + value + "\"", e);
            }
        }
    }

    /**
     * The library's DataSource: the bean named or qualified {@code learningSocietyDataSource}, else the
     * engine's {@code camundaBpmDataSource}, else the application's only or {@code @Primary} one
     * (docs/database.md).
     */
    public static class Datasource {

        /**
         * Whether the library's DataSource may be another than the Camunda engine's. Off, a start on two
         * is refused: the library's writes would commit apart from the engine's transactions, and a crash
         * between the two commits would leave a task completed with nothing written, or the reverse. On,
         * the start is allowed with a warning.
         */
        private boolean separateFromEngine = false;

        public boolean isSeparateFromEngine() {
            return separateFromEngine;
        }

        public void setSeparateFromEngine(boolean separateFromEngine) {
            this.separateFromEngine = separateFromEngine;
        }
    }

    /**
     * The outbox of domain events ({@code ls_event_outbox}): each event is written in the transaction of
     * the change that raised it and delivered to the host's listeners after commit, at least once.
     */
    public static class Events {

        /**
         * Whether this node delivers events. Off, events are still written to the outbox (and delivered by
         * another node, or by this one once delivery is on again).
         */
        private boolean deliver = true;

        /** How often the outbox is read for events left undelivered (a crash, a restart, a failed listener). */
        private Duration pollInterval = Duration.ofSeconds(5);

        /**
         * How long a node holds the events it took for delivery (those it wrote itself, or claimed) before
         * another node may take them: the longest a crash between commit and delivery delays them.
         */
        private Duration lease = Duration.ofMinutes(2);

        /** How many times a delivery is tried before the event is recorded as failed and left alone. */
        private int maxAttempts = 10;

        /** The wait after the first failed delivery; it doubles after each further failure. */
        private Duration retryBackoff = Duration.ofSeconds(10);

        /** The longest wait between two attempts. */
        private Duration maxBackoff = Duration.ofHours(1);

        /** How long delivered events are kept in the outbox before they are deleted. */
        private Duration retention = Duration.ofDays(7);

        /** How many events one poll takes at most. */
        private int batchSize = 500;

        public boolean isDeliver() {
            return deliver;
        }

        public void setDeliver(boolean deliver) {
            this.deliver = deliver;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getRetryBackoff() {
            return retryBackoff;
        }

        public void setRetryBackoff(Duration retryBackoff) {
            this.retryBackoff = retryBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getRetention() {
            return retention;
        }

        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }
}
