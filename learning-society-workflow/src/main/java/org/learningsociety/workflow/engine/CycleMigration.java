package org.learningsociety.workflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves running cycles onto the latest deployed version of their process, activity by activity
 * (equal ids map to each other), re-arming timers with the new version's dates. New cycles take the
 * latest version anyway; this is for the ones already running when an administrator redeploys.
 *
 * <p>It also moves the instances still running on the library's keys as they were spelled before they
 * were namespaced ({@code register} → {@code learning-society.register}, see {@link LibraryKeys}), which
 * {@link LibraryDeployment} does at every start of the engine right after deploying: see
 * {@link #migrateRenamedKeys()}.
 */
public class CycleMigration {

    private static final Logger LOG = LoggerFactory.getLogger(CycleMigration.class);

    /** One migration done: how many instances moved from which version to which. */
    public record Migrated(String processKey, int fromVersion, int toVersion, long instances) { }

    /**
     * Instances moved from a definition of a key's previous spelling onto the namespaced key, or, when
     * {@code refusal} is not {@code null}, left where they were and why.
     */
    public record Renamed(String fromKey, int fromVersion, String toKey, int toVersion, long instances,
            String refusal) {

        /** Whether the instances moved. */
        public boolean moved() {
            return refusal == null;
        }
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public CycleMigration(RepositoryService repository, RuntimeService runtime) {
        this.repository = Objects.requireNonNull(repository);
        this.runtime = Objects.requireNonNull(runtime);
    }

    /** Migrates every running instance of an older version of {@code processKey} to the latest. */
    public List<Migrated> migrateToLatest(String processKey) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(processKey).count() == 0) {
            throw new IllegalArgumentException("Chưa triển khai quy trình " + processKey);
        }
        List<Migrated> done = new ArrayList<>();
        for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list()) {
            // a province's own versions move to its own latest, the shared ones to the shared latest
            ProcessDefinition latest = latestFor(processKey, older.getTenantId());
            if (latest == null || latest.getId().equals(older.getId())
                    || Objects.equals(latest.getTenantId(), older.getTenantId())
                            && older.getVersion() >= latest.getVersion()) {
                continue;
            }
            long running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
            if (running == 0) {
                continue;
            }
            MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId())
                    .mapEqualActivities()
                    .updateEventTriggers()
                    .build();
            runtime.newMigration(plan)
                    .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()))
                    .execute();
            done.add(new Migrated(processKey, older.getVersion(), latest.getVersion(), running));
        }
        return done;
    }

    /** Migrates the running instances of every process of the cycle. */
    public List<Migrated> migrateCycleToLatest() {
        List<Migrated> done = new ArrayList<>();
        for (String key : DeploymentGuard.cycleKeys()) {
            if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
                done.addAll(migrateToLatest(key));
            }
        }
        return done;
    }

    /**
     * Moves every running instance of the library's processes under a key's previous spelling
     * ({@link LibraryKeys#previous(String)}) onto the latest definition of the namespaced key, activity by
     * activity: open tasks keep their id, assignee, candidate groups and variables, timers keep their due
     * date, a called process stays the child of its caller (each is moved under its own key), and a
     * message subscription takes the namespaced message name.
     *
     * <p>A definition under a previous key is the library's when its deployment is (the library's own,
     * or the {@link DeploymentGuard}'s), or when it still holds the elements the library's process is
     * built around (an administrator's edit deployed from Camunda Modeler, or the library's files in
     * Camunda's {@code SpringAutoDeployment} of earlier versions). Anything else, a portal's own
     * {@code register} for one, is left alone. Instances that cannot move (an edit whose activity the
     * library's process lacks) stay where they are and are reported with the engine's reason.
     */
    public List<Renamed> migrateRenamedKeys() {
        List<Renamed> done = new ArrayList<>();
        for (String key : LibraryKeys.PROCESSES) {
            String previous = LibraryKeys.previous(key);
            for (ProcessDefinition old : repository.createProcessDefinitionQuery().processDefinitionKey(previous)
                    .orderByProcessDefinitionVersion().asc().list()) {
                long running = runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).count();
                if (running == 0) {
                    continue;
                }
                ProcessDefinition target = latestFor(key, old.getTenantId());
                if (target == null || !wasLibrarys(old, key, target)) {
                    LOG.info("{} running instance(s) of '{}' version {} left alone: {}", running, previous,
                            old.getVersion(), target == null ? "'" + key + "' is not deployed"
                                    : "not a definition of learning-society");
                    continue;
                }
                done.add(rename(old, target, running));
            }
        }
        return done;
    }

    private Renamed rename(ProcessDefinition old, ProcessDefinition target, long running) {
        try {
            runtime.newMigration(renamePlan(old, target))
                    .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(old.getId()))
                    .execute();
            LOG.info("{} running instance(s) of '{}' version {} moved to '{}' version {}", running, old.getKey(),
                    old.getVersion(), target.getKey(), target.getVersion());
            return new Renamed(old.getKey(), old.getVersion(), target.getKey(), target.getVersion(), running, null);
        } catch (ProcessEngineException e) {
            if (runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).count() == 0) {
                // another node starting at the same time moved them first
                LOG.info("running instances of '{}' version {} already moved to '{}' version {}", old.getKey(),
                        old.getVersion(), target.getKey(), target.getVersion());
                return new Renamed(old.getKey(), old.getVersion(), target.getKey(), target.getVersion(), running, null);
            }
            LOG.warn("{} running instance(s) of '{}' version {} could NOT be moved to '{}' version {} and keep "
                    + "running on the old key (see docs/administrators.md, 'The library's keys'): {}", running,
                    old.getKey(), old.getVersion(), target.getKey(), target.getVersion(), e.getMessage());
            return new Renamed(old.getKey(), old.getVersion(), target.getKey(), target.getVersion(), running,
                    e.getMessage());
        }
    }

    /** Equal activities mapped; a message event takes the target's message name, a timer keeps its date. */
    private MigrationPlan renamePlan(ProcessDefinition old, ProcessDefinition target) {
        MigrationPlan equal = runtime.createMigrationPlan(old.getId(), target.getId()).mapEqualActivities().build();
        BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());
        MigrationPlanBuilder plan = runtime.createMigrationPlan(old.getId(), target.getId());
        for (MigrationInstruction instruction : equal.getInstructions()) {
            MigrationInstructionBuilder mapped = plan.mapActivities(instruction.getSourceActivityId(),
                    instruction.getTargetActivityId());
            if (waitsForMessage(targetModel.getModelElementById(instruction.getTargetActivityId()))) {
                mapped.updateEventTrigger();
            }
        }
        return plan.build();
    }

    private static boolean waitsForMessage(ModelElementInstance element) {
        return element instanceof ReceiveTask || element instanceof CatchEvent catchEvent
                && !catchEvent.getChildElementsByType(MessageEventDefinition.class).isEmpty();
    }

    private ProcessDefinition latestFor(String key, String tenantId) {
        ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion();
        ProcessDefinition ofTenant = tenantId == null ? null : query.tenantIdIn(tenantId).singleResult();
        return ofTenant != null ? ofTenant : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .withoutTenantId().latestVersion().singleResult();
    }

    private boolean wasLibrarys(ProcessDefinition old, String key, ProcessDefinition target) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(old.getDeploymentId()).singleResult();
        if (deployment != null && (LibraryDeployment.SOURCE.equals(deployment.getSource())
                || DeploymentGuard.SOURCE.equals(deployment.getSource()))) {
            return true;
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(old.getId());
        return elementsOfTheLibrarys(key, target).stream().allMatch(id -> model.getModelElementById(id) != null);
    }

    /** The elements that make a process the library's: those the guard requires, else its user tasks. */
    private Collection<String> elementsOfTheLibrarys(String key, ProcessDefinition target) {
        List<String> required = DeploymentGuard.REQUIRED.get(key);
        if (required != null) {
            return required;
        }
        return repository.getBpmnModelInstance(target.getId()).getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getId).toList();
    }
}
