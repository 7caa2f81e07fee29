package org.learningsociety.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The timeline of the deployed cycle: every timer of the latest version of each process, with what
 * it closes, as plain records the portal can show next to the plan's milestones.
 */
public class CycleTimeline {

    private final RepositoryService repository;

    public CycleTimeline(RepositoryService repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    /**
     * The timers that apply to {@code year}: those firing on a date of that year, and the cycles,
     * durations and expressions, which apply to every year. Dated ones first, by date.
     */
    public List<CycleTimer> timers(int year) {
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        return latest.stream()
                .flatMap(definition -> TimerValues.timersOf(repository.getBpmnModelInstance(definition.getId()))
                        .stream())
                .filter(timer -> timer.date() == null || timer.date().getYear() == year)
                .sorted(Comparator.comparing(CycleTimer::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CycleTimer::processKey, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CycleTimer::elementId))
                .toList();
    }
}
