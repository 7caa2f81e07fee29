package org.learningsociety.workflow.cycle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * Where a commune's cycle stands in the engine: whether it runs, which of its windows are open (the
 * called processes that run under its business key), and the officers' open tasks with the batch
 * (village) each is about. Read from the engine's runtime and history; nothing is written.
 */
public class CampaignProgress {

    /** The phase each called process of {@link LibraryKeys#ANNUAL_CYCLE} is the window of. */
    private static final Map<String, CyclePhase> WINDOWS = Map.of(
            LibraryKeys.REGISTER, CyclePhase.REGISTRATION,
            LibraryKeys.SELF_ASSESS, CyclePhase.SELF_ASSESSMENT,
            LibraryKeys.VERIFY, CyclePhase.VERIFICATION,
            LibraryKeys.RECOGNISE, CyclePhase.RECOGNITION,
            LibraryKeys.COMMEND, CyclePhase.COMMENDATION);

    private final HistoryService history;
    private final TaskService tasks;

    public CampaignProgress(HistoryService history, TaskService tasks) {
        this.history = Objects.requireNonNull(history);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** An officer's open task of the cycle; {@code batchCode} is the village (or commune) it is about, if any. */
    public record OpenTask(String id, String name, String taskDefinitionKey, String batchCode) { }

    /** @param openPhases the windows open now, in the cycle's order; empty once the cycle has finished */
    public record Progress(CycleKey key, boolean running, List<CyclePhase> openPhases, List<OpenTask> openTasks) { }

    /** A cycle started for a commune: its key, whether it still runs, when it started and ended. */
    public record Started(CycleKey key, boolean running, java.time.Instant startedAt, java.time.Instant endedAt) { }

    /**
     * Every cycle of {@code year} ever started, of any commune, in the order of their business keys; those
     * that ended before the library's keys were namespaced too.
     */
    public List<Started> started(int year) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(LibraryKeys.withPrevious(CampaignLauncher.PROCESS_KEY))
                .processInstanceBusinessKeyLike("%:" + year + ":%").list().stream()
                .map(i -> parsed(i.getBusinessKey()).map(key -> new Started(key, i.getEndTime() == null,
                        java.time.Instant.ofEpochMilli(i.getStartTime().getTime()),
                        i.getEndTime() == null ? null : java.time.Instant.ofEpochMilli(i.getEndTime().getTime()))))
                .flatMap(Optional::stream).filter(s -> s.key().year() == year)
                .sorted(java.util.Comparator.comparing(s -> s.key().businessKey())).toList();
    }

    private static Optional<CycleKey> parsed(String businessKey) {
        try {
            return Optional.of(CycleKey.parse(businessKey));
        } catch (InvalidInputException e) {
            return Optional.empty(); // a business key some other starter gave the process: not a cycle of ours
        }
    }

    /**
     * The cycle {@code key} names, or empty when no such cycle was ever started; one that ended before the
     * library's keys were namespaced is found under its previous key.
     */
    public Optional<Progress> of(CycleKey key) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(key.businessKey()).list();
        Optional<HistoricProcessInstance> cycle = instances.stream()
                .filter(i -> List.of(LibraryKeys.withPrevious(CampaignLauncher.PROCESS_KEY))
                        .contains(i.getProcessDefinitionKey()))
                .findFirst();
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        boolean running = cycle.get().getEndTime() == null;
        Set<CyclePhase> open = new LinkedHashSet<>();
        List<OpenTask> openTasks = new ArrayList<>();
        if (running) {
            instances.stream().filter(i -> i.getEndTime() == null)
                    .map(i -> WINDOWS.get(i.getProcessDefinitionKey())).filter(Objects::nonNull).forEach(open::add);
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(key.businessKey()).active()
                    .orderByTaskCreateTime().asc().list()) {
                Object batch = tasks.getVariable(task.getId(), CycleVariables.BATCH_CODE);
                openTasks.add(new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                        batch == null ? null : batch.toString()));
                if (task.getTaskDefinitionKey().startsWith("submit") && task.getTaskDefinitionKey().endsWith("Report")) {
                    open.add(CyclePhase.REPORT);
                }
            }
        }
        List<CyclePhase> phases = open.stream().sorted().toList();
        return Optional.of(new Progress(key, running, phases, openTasks));
    }
}
