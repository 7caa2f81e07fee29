package org.learningsociety.workflow.cycle;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.shared.ConflictException;

/**
 * A village's open task of a commune's cycle (registering, self-assessing or verifying its batch),
 * found and completed for an officer from a portal's page instead of Tasklist: the same task, the same
 * form variables ({@code reviewedCount}, {@code batchConfirmed}, {@code batchNote}), the same complete
 * listener, which refuses a village whose records are not all done. Only an officer of one of the
 * task's candidate groups (or {@code camunda-admin}) completes it, as Tasklist would let them.
 */
public class VillageTasks {

    /** The batch tasks of the cycle's windows, one per village, in the cycle's order. */
    static final List<String> BATCH_TASKS = List.of("registerBatch", "selfAssessBatch", "verifyBatch");
    private static final String ADMIN = "camunda-admin";

    private final TaskService tasks;
    private final IdentityService identity;

    public VillageTasks(TaskService tasks, IdentityService identity) {
        this.tasks = Objects.requireNonNull(tasks);
        this.identity = Objects.requireNonNull(identity);
    }

    /**
     * The village's open task of the cycle.
     *
     * @param mine whether {@code officer} may complete it (a candidate group of theirs, or an administrator)
     */
    public record VillageTask(String id, String name, String taskDefinitionKey, boolean mine) { }

    /** The open batch task of {@code cycle} about {@code villageCode}, if one is open. */
    public Optional<VillageTask> openTask(CycleKey cycle, String villageCode, String officer) {
        return find(cycle, villageCode).map(task -> new VillageTask(task.getId(), task.getName(),
                task.getTaskDefinitionKey(), mayComplete(task, officer)));
    }

    /**
     * Completes the village's open task of {@code cycle} as {@code officer} confirming {@code reviewed}
     * records: claims it for them and completes it with the batch form's variables. Refused with a
     * {@link ConflictException} when no such task is open or it is not the officer's; the complete
     * listener's refusal ({@link TaskRefusedException}, a Vietnamese reason) leaves it open.
     */
    public VillageTask complete(CycleKey cycle, String villageCode, String officer, long reviewed, String note) {
        Task task = find(cycle, villageCode).orElseThrow(() -> new ConflictException("village", villageCode,
                "Thôn không còn công việc nào đang mở trong chu kỳ " + cycle.businessKey()));
        if (!mayComplete(task, officer)) {
            throw new ConflictException("village", villageCode, "Công việc “" + task.getName()
                    + "” thuộc nhóm cán bộ khác, tài khoản " + officer + " không hoàn thành được");
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), officer);
        }
        try {
            tasks.complete(task.getId(), Map.of(CycleVariables.REVIEWED_COUNT, reviewed,
                    CycleVariables.BATCH_CONFIRMED, true, CycleVariables.BATCH_NOTE, note == null ? "" : note));
        } catch (ProcessEngineException e) {
            // the engine wraps the listener's refusal in its own English message: hand on the Vietnamese one
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TaskRefusedException refused) {
                    throw refused;
                }
            }
            throw e;
        }
        return new VillageTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), true);
    }

    private Optional<Task> find(CycleKey cycle, String villageCode) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(cycle.businessKey())
                .taskDefinitionKeyIn(BATCH_TASKS.toArray(String[]::new)).active().orderByTaskCreateTime().asc()
                .list()) {
            if (villageCode.equals(String.valueOf(tasks.getVariableLocal(task.getId(), CycleVariables.BATCH_CODE)))
                    || villageCode.equals(String.valueOf(tasks.getVariable(task.getId(), CycleVariables.BATCH_CODE)))) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }

    private boolean mayComplete(Task task, String officer) {
        if (officer == null) {
            return false;
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(officer)) {
            return false;
        }
        Set<String> groups = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(officer).list()) {
            groups.add(group.getId());
        }
        if (groups.contains(ADMIN) || officer.equals(task.getAssignee())) {
            return true;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (groups.contains(link.getGroupId()) || officer.equals(link.getUserId()))) {
                return true;
            }
        }
        return false;
    }
}
