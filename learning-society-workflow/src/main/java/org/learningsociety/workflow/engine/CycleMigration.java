package org.learningsociety.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Moves running cycles onto the latest deployed version of their process, activity by activity
 * (equal ids map to each other), re-arming timers with the new version's dates. New cycles take the
 * latest version anyway; this is for the ones already running when an administrator redeploys.
 */
public class CycleMigration {

    /** One migration done: how many instances moved from which version to which. */
    public record Migrated(String processKey, int fromVersion, int toVersion, long instances) { }

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public CycleMigration(RepositoryService repository, RuntimeService runtime) {
        this.repository = Objects.requireNonNull(repository);
        this.runtime = Objects.requireNonNull(runtime);
    }

    /** Migrates every running instance of an older version of {@code processKey} to the latest. */
    public List<Migrated> migrateToLatest(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalArgumentException("Chưa triển khai quy trình " + processKey);
        }
        List<Migrated> done = new ArrayList<>();
        for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list()) {
            if (older.getVersion() >= latest.getVersion()) {
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
}
