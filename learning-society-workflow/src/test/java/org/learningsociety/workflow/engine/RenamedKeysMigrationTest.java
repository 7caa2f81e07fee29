package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * A portal upgrades the library while cycles and reports run on the keys the library used before they
 * were namespaced ({@code annual-cycle}, {@code register}, {@code yearly-report} …, the files of that
 * version are under {@code src/test/old-keys/}). At the next start the library deploys its namespaced
 * definitions and moves the running instances onto them: same instances, same open tasks with their
 * candidate groups and variables, same timers, the report's message subscription renamed; the portal's
 * own {@code register} is left alone, and the moved instances carry on to the end of their phase.
 */
class RenamedKeysMigrationTest {

    private static final Path OLD_KEYS = Path.of("src/test/old-keys");
    private static final String CYCLE = "FAMILY:2026:11911";
    private static final String REPORT = "P387:2025:11911";

    private final String database = "jdbc:h2:mem:renamed-keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        ClockUtil.reset();
    }

    @Test
    void movesTheRunningCycleAndReportOntoTheNamespacedDefinitionsAndLeavesTheHostsRegisterAlone() {
        // the portal as it ran with the previous version of the library
        at("2026-02-01T08:00:00+07:00");
        engine = engine();
        libraryDeploysItsPreviousFiles();
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance cycle = runtime.startProcessInstanceByKey("annual-cycle", CYCLE, Variables.createVariables()
                .putValue("model", "FAMILY").putValue("year", 2026).putValue("unitCode", "11911"));
        runJobsDue();
        ProcessInstance register = runtime.createProcessInstanceQuery().processDefinitionKey("register")
                .processInstanceBusinessKey(CYCLE).singleResult();
        ProcessInstance report = runtime.startProcessInstanceByKey("yearly-report", REPORT, Variables
                .createVariables().putValue("unitCode", "11911").putValue("period", "2025")
                .putValue("programme", "P387"));
        runJobsDue();
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(report.getId())
                .eventType("message").singleResult().getEventName()).isEqualTo("ChildrenReported");
        // the portal's own process, deployed since, under a key the library used to have
        engine.getRepositoryService().createDeployment().name("SpringAutoDeployment")
                .addModelInstance("dang-ky.bpmn", Bpmn.createExecutableProcess("register").camundaHistoryTimeToLive(30)
                        .startEvent().userTask("approve").camundaCandidateGroups("tiep-dan").endEvent().done())
                .deploy();
        ProcessInstance hosts = runtime.startProcessInstanceByKey("register", "don-42");

        Map<String, Set<String>> groupsBefore = candidateGroupsOf(register.getId());
        Map<String, Object> batchesBefore = batchCodesOf(register.getId());
        Date deadlineBefore = timerOf(register.getId()).getDuedate();
        assertThat(groupsBefore).hasSize(3);
        engine.close();

        // the portal restarts on the new library
        at("2026-02-02T08:00:00+07:00");
        engine = engine(new LibraryDeployment(LibraryResources.load(), Set.of()),
                new LibraryFilesFilter(LibraryResources.load()));
        runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();

        assertThat(keyOf(cycle.getId())).isEqualTo(LibraryKeys.ANNUAL_CYCLE);
        assertThat(keyOf(register.getId())).isEqualTo(LibraryKeys.REGISTER);
        assertThat(keyOf(report.getId())).isEqualTo(LibraryKeys.YEARLY_REPORT);
        assertThat(keyOf(hosts.getId())).as("the portal's own register").isEqualTo("register");
        assertThat(tasks.createTaskQuery().processInstanceId(hosts.getId()).taskCandidateGroup("tiep-dan").count())
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(register.getId()).singleResult()
                .getRootProcessInstanceId()).as("the window is still the cycle's child").isEqualTo(cycle.getId());
        assertThat(candidateGroupsOf(register.getId())).isEqualTo(groupsBefore);
        assertThat(batchCodesOf(register.getId())).isEqualTo(batchesBefore);
        assertThat(tasks.createTaskQuery().processInstanceId(register.getId()).initializeFormKeys().list())
                .extracting(task -> task.getCamundaFormRef().getKey()).containsOnly(
                        LibraryKeys.BATCH_CONFIRMATION_FORM, LibraryKeys.CLOSE_EARLY_FORM);
        assertThat(timerOf(register.getId()).getDuedate()).as("the deadline is kept").isEqualTo(deadlineBefore);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(LibraryKeys.ANNUAL_CYCLE).processInstanceBusinessKey(CYCLE).count())
                .as("the cycle's history is found under the new key").isEqualTo(1);
        assertThat(new CycleMigration(engine.getRepositoryService(), runtime).migrateRenamedKeys())
                .as("nothing left to move at the next start").isEmpty();

        // the moved instances carry on: the report hears the namespaced message, the cycle its next phase
        EventSubscription awaited = runtime.createEventSubscriptionQuery().processInstanceId(report.getId())
                .eventType("message").singleResult();
        assertThat(awaited.getEventName()).isEqualTo(LibraryKeys.CHILDREN_REPORTED);
        runtime.createMessageCorrelation(LibraryKeys.CHILDREN_REPORTED).processInstanceBusinessKey(REPORT)
                .correlate();
        runJobsDue();
        assertThat(tasks.createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey("submitReport")
                .count()).isEqualTo(1);

        for (Task batch : tasks.createTaskQuery().processInstanceId(register.getId())
                .taskDefinitionKey("registerBatch").list()) {
            tasks.complete(batch.getId());
        }
        tasks.complete(tasks.createTaskQuery().processInstanceId(register.getId())
                .taskDefinitionKey("closeRegistrationEarly").singleResult().getId());
        runJobsDue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(register.getId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(LibraryKeys.SELF_ASSESS)
                .processInstanceBusinessKey(CYCLE).count()).as("the cycle called its next window").isEqualTo(1);
        assertThat(tasks.createTaskQuery().processDefinitionKey(LibraryKeys.SELF_ASSESS)
                .taskDefinitionKey("selfAssessBatch").count()).isEqualTo(2);
    }

    @Test
    void leavesAnOldKeyAloneWhenItIsNotTheLibrarys() {
        at("2026-02-01T08:00:00+07:00");
        engine = engine();
        engine.getRepositoryService().createDeployment().name("SpringAutoDeployment")
                .addModelInstance("bao-cao.bpmn", Bpmn.createExecutableProcess("yearly-report")
                        .camundaHistoryTimeToLive(30).startEvent().userTask("write").endEvent().done())
                .deploy();
        ProcessInstance hosts = engine.getRuntimeService().startProcessInstanceByKey("yearly-report");
        engine.close();

        engine = engine(new LibraryDeployment(LibraryResources.load(), Set.of()));

        assertThat(keyOf(hosts.getId())).isEqualTo("yearly-report");
        assertThat(new CycleMigration(engine.getRepositoryService(), engine.getRuntimeService())
                .migrateRenamedKeys()).isEmpty();
    }

    @Test
    void keepsOnItsOldKeyAnInstanceWaitingInAnActivityTheLibrarysProcessLacksAndSaysWhy() throws IOException {
        at("2026-02-01T08:00:00+07:00");
        engine = engine();
        // an administrator's edit of the previous version, its batch task renamed, deployed as the library's
        String edited = Files.readString(OLD_KEYS.resolve("bpmn/verify.bpmn")).replace("\"verifyBatch\"",
                "\"kiemTraThon\"");
        engine.getRepositoryService().createDeployment().name(LibraryDeployment.NAME).source(LibraryDeployment.SOURCE)
                .addString("bpmn/verify.bpmn", edited).deploy();
        ProcessInstance waiting = engine.getRuntimeService().startProcessInstanceByKey("verify", CYCLE,
                Variables.createVariables().putValue("model", "FAMILY").putValue("year", 2026)
                        .putValue("unitCode", "11911"));
        runJobsDue();
        engine.close();

        engine = engine();
        new LibraryDeployment(LibraryResources.load(), Set.of()).deploy(engine);
        List<CycleMigration.Renamed> renamed = new CycleMigration(engine.getRepositoryService(),
                engine.getRuntimeService()).migrateRenamedKeys();

        assertThat(renamed).singleElement().satisfies(r -> {
            assertThat(r.fromKey()).isEqualTo("verify");
            assertThat(r.toKey()).isEqualTo(LibraryKeys.VERIFY);
            assertThat(r.moved()).isFalse();
            assertThat(r.refusal()).contains("kiemTraThon");
        });
        assertThat(keyOf(waiting.getId())).as("left running where it was").isEqualTo("verify");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(waiting.getId())
                .taskDefinitionKey("kiemTraThon").count()).isEqualTo(2);
    }

    /** The previous version's files, deployed as that version's {@link LibraryDeployment} deployed them. */
    private void libraryDeploysItsPreviousFiles() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(LibraryDeployment.NAME)
                .source(LibraryDeployment.SOURCE);
        for (String folder : List.of("bpmn", "dmn", "forms")) {
            try (Stream<Path> files = Files.list(OLD_KEYS.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    deployment.addInputStream(folder + "/" + file.getFileName(), Files.newInputStream(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("annual-cycle")
                .count()).isEqualTo(1);
    }

    private String keyOf(String processInstanceId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        RepositoryService repository = engine.getRepositoryService();
        return repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
    }

    /** The open tasks of {@code processInstanceId}, by id, with their candidate groups. */
    private Map<String, Set<String>> candidateGroupsOf(String processInstanceId) {
        TaskService tasks = engine.getTaskService();
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskId().asc().list()) {
            groups.put(task.getId(), tasks.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        }
        return groups;
    }

    /** The village each open batch task of {@code processInstanceId} is about, by task id. */
    private Map<String, Object> batchCodesOf(String processInstanceId) {
        TaskService tasks = engine.getTaskService();
        Map<String, Object> codes = new HashMap<>();
        tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("registerBatch").list()
                .forEach(task -> codes.put(task.getId(), tasks.getVariable(task.getId(), "batchCode")));
        assertThat(codes.values()).containsExactlyInAnyOrder("1191101", "1191102");
        return codes;
    }

    private Job timerOf(String processInstanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
                .singleResult();
    }

    private void runJobsDue() {
        List<Job> due;
        while (!(due = engine.getManagementService().createJobQuery().executable().list()).isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
    }

    /** An engine on this test's database, kept between engines, with the cycle's and report's beans. */
    private ProcessEngine engine(ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                new StandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl(database)
                        .setDatabaseSchemaUpdate("true")
                        .setJobExecutorActivate(false)
                        .setHistory("full")
                        .setProcessEngineName("renamed-keys-" + UUID.randomUUID());
        TaskListener none = task -> { };
        JavaDelegate nothing = execution -> { };
        Map<Object, Object> beans = new HashMap<>(Map.of(
                "prepareBatches", (JavaDelegate) execution -> execution.setVariable("batches",
                        List.of("1191101", "1191102")),
                "cycleTaskListener", none,
                "cycleDeadlines", new Deadlines(),
                "compileReport", (JavaDelegate) execution -> execution.setVariables(Variables.createVariables()
                        .putValue("childrenPending", 1).putValue("parentCode", null)
                        .putValue("childrenDueAt", "2026-03-15T23:59:59+07:00")
                        .putValue("reportDueAt", "2026-03-31T23:59:59+07:00")),
                "reportTaskListener", none,
                "indicatorValuesTaskListener", none,
                "submitReport", nothing,
                "reviewReport", nothing,
                "markReportMissing", nothing));
        // the report's officers: the state's for a process moved over without a chain
        beans.put("reportGroups", new org.learningsociety.workflow.report.ReportGroups());
        configuration.setBeans(beans);
        configuration.getProcessEnginePlugins().addAll(List.of(plugins));
        return configuration.buildProcessEngine();
    }

    /** The windows' closing days of 2026, as the cycle's {@code cycleDeadlines} would give them. */
    public static class Deadlines {

        private static final Map<String, String> CLOSES = Map.of(
                "REGISTRATION", "2026-02-28T23:59:59+07:00",
                "SELF_ASSESSMENT", "2026-09-30T23:59:59+07:00",
                "VERIFICATION", "2026-10-31T23:59:59+07:00",
                "RECOGNITION", "2026-12-10T23:59:59+07:00",
                "REPORT", "2026-12-20T23:59:59+07:00");

        public String closes(DelegateExecution execution, String phase) {
            return CLOSES.get(phase);
        }
    }
}
