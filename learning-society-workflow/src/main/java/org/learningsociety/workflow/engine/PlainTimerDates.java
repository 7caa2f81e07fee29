package org.learningsociety.workflow.engine;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.workflow.cycle.CycleStartCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start a cycle whose deployed processes hold a plain timer date outside the cycle's year: an
 * administrator typed {@code 2026-10-31T23:59:59+07:00} in Modeler for the 2026 cycle, and the 2027 cycle
 * would close that window as soon as it opened. The latest versions of the cycle's processes are read
 * (those a new cycle runs on); dates in the cycle's year, and expressions, pass. The refusal names each
 * timer, its process and its date, and says what to do, in Vietnamese.
 */
public class PlainTimerDates implements CycleStartCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PlainTimerDates.class);

    private final RepositoryService repository;

    public PlainTimerDates(RepositoryService repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    @Override
    public void check(CycleKey key) {
        List<CycleTimer> stale = timersOutside(key.year());
        if (stale.isEmpty()) {
            return;
        }
        String timers = String.join("; ", stale.stream().map(PlainTimerDates::describe).toList());
        LOG.warn("Refused the {} cycle {}: timers with plain dates of another year are deployed: {}", key.year(),
                key.businessKey(), stale.stream().map(t -> t.processKey() + "/" + t.elementId() + "=" + t.value())
                        .toList());
        throw new ConflictException("year", key.year(), "Không bắt đầu chu kỳ năm " + key.year()
                + ": quy trình đã triển khai có hẹn giờ đặt ngày cố định ngoài năm " + key.year() + " — " + timers
                + ". Chu kỳ sẽ đóng các đợt này ngay khi bắt đầu. Quản trị viên cần mở tệp BPMN trong Camunda "
                + "Modeler, sửa ngày sang năm " + key.year() + " hoặc đặt lại biểu thức "
                + "${cycleDeadlines.closes(execution, '…')} để ngày lấy theo kế hoạch, rồi triển khai lại.");
    }

    /** The plain-dated timers of the latest versions of the cycle's processes that fall outside {@code year}. */
    List<CycleTimer> timersOutside(int year) {
        return CycleTimeline.CYCLE_PROCESSES.stream().sorted()
                .map(key -> repository.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
                        .latestVersion().singleResult())
                .filter(Objects::nonNull)
                .map(ProcessDefinition::getId)
                .flatMap(id -> TimerValues.timersOf(repository.getBpmnModelInstance(id)).stream())
                .filter(timer -> timer.kind() == CycleTimer.Kind.DATE && !timer.isExpression() && timer.date() != null
                        && timer.date().getYear() != year)
                .toList();
    }

    private static String describe(CycleTimer timer) {
        String element = timer.elementName() == null || timer.elementName().isBlank()
                ? "\"" + timer.elementId() + "\"" : "\"" + timer.elementName() + "\" (" + timer.elementId() + ")";
        String closes = timer.closesName() == null ? "" : " đóng \"" + timer.closesName() + "\"";
        String process = timer.processName() == null || timer.processName().isBlank()
                ? timer.processKey() : "\"" + timer.processName() + "\" (" + timer.processKey() + ")";
        return "hẹn giờ " + element + closes + " của quy trình " + process + " đặt ngày " + timer.date();
    }
}
