package org.learningsociety.test.cycle;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.learningsociety.core.campaign.CycleKey;

/**
 * Drives a cycle's processes on an engine whose job executor is off, as the officers and the executor
 * would: starts a process with the cycle's business key and variables, completes a phase's tasks (one
 * per village), runs the asynchronous continuations and the timers that are due. A cycle is addressed
 * with its {@link CycleKey}; the processes {@code annual-cycle} calls share its business key.
 */
public final class CycleDriver {

    /** The process of a whole cycle, which calls the windows' processes. */
    public static final String ANNUAL_CYCLE = "learning-society.annual-cycle";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    public CycleDriver(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
    }

    /** The variables a cycle's processes start with: {@code model}, {@code year} and {@code unitCode}. */
    public static VariableMap variables(CycleKey cycle) {
        return Variables.createVariables().putValue("model", cycle.model().name()).putValue("year", cycle.year())
                .putValue("unitCode", cycle.unitCode());
    }

    /** Starts the cycle's {@value #ANNUAL_CYCLE}. */
    public ProcessInstance start(CycleKey cycle) {
        return start(ANNUAL_CYCLE, cycle);
    }

    /** Starts {@code processKey} (the cycle's own process or one it calls) for the cycle. */
    public ProcessInstance start(String processKey, CycleKey cycle) {
        return runtime.startProcessInstanceByKey(processKey, cycle.businessKey(), variables(cycle));
    }

    /** The cycle's open tasks at {@code taskKey} offered to {@code candidateGroup}, by name as Tasklist lists them. */
    public List<Task> openTasks(CycleKey cycle, String taskKey, String candidateGroup) {
        return tasksAt(cycle, taskKey).taskCandidateGroup(candidateGroup).orderByTaskName().asc().list();
    }

    /** The cycle's one open task at {@code taskKey} offered to {@code candidateGroup}; null when none is. */
    public Task singleTask(CycleKey cycle, String taskKey, String candidateGroup) {
        return tasksAt(cycle, taskKey).taskCandidateGroup(candidateGroup).singleResult();
    }

    /** Completes every open task of the cycle at {@code taskKey} with {@code variables}; fails when none is open. */
    public int completeAll(CycleKey cycle, String taskKey, Map<String, Object> variables) {
        List<Task> open = tasksAt(cycle, taskKey).list();
        if (open.isEmpty()) {
            throw new IllegalStateException("no task " + taskKey + " open for " + cycle.businessKey());
        }
        for (Task task : open) {
            tasks.complete(task.getId(), variables);
        }
        return open.size();
    }

    /** Runs the one asynchronous continuation waiting at {@code activityId}, of any process instance. */
    public void runJob(String activityId) {
        execute(management.createJobQuery().activityId(activityId).messages().singleResult(), "job at " + activityId);
    }

    /** Runs the one job, a continuation or a timer, of {@code instance} at {@code activityId}. */
    public void runJob(ProcessInstance instance, String activityId) {
        execute(management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult(),
                "job of " + instance.getId() + " at " + activityId);
    }

    /** Runs every asynchronous continuation waiting at {@code activityId} (one a cycle); fails when there is none. */
    public int runJobs(String activityId) {
        List<Job> jobs = management.createJobQuery().activityId(activityId).messages().list();
        if (jobs.isEmpty()) {
            throw new IllegalStateException("no job at " + activityId);
        }
        for (Job job : jobs) {
            management.executeJob(job.getId());
        }
        return jobs.size();
    }

    /** Runs the one timer at {@code activityId}, which must be due by the engine's clock. */
    public void runDueTimer(String activityId) {
        execute(management.createJobQuery().activityId(activityId).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).singleResult(), "due timer at " + activityId);
    }

    /** When the one timer at {@code activityId} falls due. */
    public Date timerDue(String activityId) {
        Job timer = management.createJobQuery().activityId(activityId).timers().singleResult();
        if (timer == null) {
            throw new IllegalStateException("no timer at " + activityId);
        }
        return timer.getDuedate();
    }

    private TaskQuery tasksAt(CycleKey cycle, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(cycle.businessKey()).taskDefinitionKey(taskKey);
    }

    private void execute(Job job, String what) {
        if (job == null) {
            throw new IllegalStateException("no " + what);
        }
        management.executeJob(job.getId());
    }
}
