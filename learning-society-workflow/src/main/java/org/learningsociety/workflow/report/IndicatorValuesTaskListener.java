package org.learningsociety.workflow.report;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.workflow.cycle.TaskRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${indicatorValuesTaskListener}} on the yearly report's submission task: when the task is
 * created, fills in the values the unit entered for the year's indicators (its plan's, at its level;
 * {@link IndicatorTaskFields} names the variables); when it is completed, stores through
 * {@link IndicatorEntry} each value the officer changed, as that officer. A refused value refuses the
 * completion with its Vietnamese reason, and the task stays open. A review's submission offers none.
 */
public class IndicatorValuesTaskListener implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorValuesTaskListener.class);

    private final IndicatorSheets sheets;
    private final IndicatorEntry entry;

    public IndicatorValuesTaskListener(IndicatorSheets sheets, IndicatorEntry entry) {
        this.sheets = Objects.requireNonNull(sheets);
        this.entry = Objects.requireNonNull(entry);
    }

    @Override
    public void notify(DelegateTask task) {
        ReportPeriod period = ReportVariables.period(task);
        if (!period.isYear()) {
            return;
        }
        String unitCode = ReportVariables.text(task, ReportVariables.UNIT_CODE, "mã đơn vị");
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            fillIn(task, unitCode, period.fromYear());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            try {
                store(task, unitCode, period.fromYear());
            } catch (LearningSocietyException e) {
                throw new TaskRefusedException(e.getMessage());
            }
        }
    }

    private void fillIn(DelegateTask task, String unitCode, int year) {
        List<IndicatorSheets.Line> lines;
        try {
            lines = sheets.of(unitCode, year).stream().filter(line -> !line.locked()).toList();
        } catch (LearningSocietyException e) {
            // no plan in force for the unit in that year: the report is sent without the section
            LOG.warn("Không điền sẵn số liệu chỉ tiêu cho đơn vị {} năm {}: {}", unitCode, year, e.getMessage());
            return;
        }
        lines.forEach(line -> task.setVariablesLocal(IndicatorTaskFields.filledIn(line)));
        task.setVariableLocal(IndicatorTaskFields.ANY_OFFERED, !lines.isEmpty());
    }

    private void store(DelegateTask task, String unitCode, int year) {
        Actor officer = officer(task);
        for (IndicatorSheets.Line line : sheets.of(unitCode, year)) {
            String code = line.indicator().code();
            IndicatorTaskFields.Values submitted = IndicatorTaskFields.submitted(task, code);
            if (submitted == null || !IndicatorTaskFields.changed(task, code, submitted)
                    || (submitted.empty() && !line.entered())) {
                continue;
            }
            IndicatorEntry.Entry changed = new IndicatorEntry.Entry(unitCode, year, code, submitted.numerator(),
                    submitted.denominator(), submitted.answer(), submitted.note(), null);
            if (officer == null) {
                entry.enter(changed);
            } else {
                entry.enter(changed, officer);
            }
        }
    }

    /** The officer completing the task, as the engine knows them (Tasklist, the engine's REST API), else its assignee. */
    private static Actor officer(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                : task.getAssignee();
        return user == null || user.isBlank() ? null : new Actor(user);
    }
}
