package org.learningsociety.workflow.cycle;

import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.learningsociety.core.campaign.CycleDeadline;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * {@code ${cycleDeadlines}}: the timer dates of the shipped BPMN, e.g.
 * {@code ${cycleDeadlines.closes(execution, 'RECOGNITION')}} — the day the plan applying to the
 * cycle's commune closes the window in the cycle's year, or the configured default day. The core
 * decides the day; this bean only reads the cycle's variables and turns the day into the moment,
 * in the configured time zone.
 */
public class CycleDeadlineExpressions {

    /** The bean name the BPMN expressions use. */
    public static final String BEAN_NAME = "cycleDeadlines";

    private final CycleDeadlines deadlines;
    private final ZoneId zone;

    public CycleDeadlineExpressions(CycleDeadlines deadlines, ZoneId zone) {
        this.deadlines = Objects.requireNonNull(deadlines);
        this.zone = Objects.requireNonNull(zone);
    }

    /** The moment {@code window} (a {@code CyclePhase} name) of the scope's cycle closes. */
    public Date closes(VariableScope scope, String window) {
        return Date.from(deadline(window, Variables.unitCode(scope), Variables.year(scope)).closesAt()
                .atZone(zone).toInstant());
    }

    /** When {@code window} of the cycle of {@code communeCode} in {@code year} closes, and on whose word. */
    public CycleDeadline deadline(String window, String communeCode, int year) {
        return deadlines.closes(phase(window), communeCode, year);
    }

    /** When {@code window} closes in {@code year} under {@code plan} (or on the default day). */
    public CycleDeadline deadlineUnder(String window, org.learningsociety.core.plan.Plan plan, int year) {
        return deadlines.closesUnder(phase(window), plan, year);
    }

    private static CyclePhase phase(String window) {
        try {
            return CyclePhase.valueOf(window);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("window", window, "Không có giai đoạn \"" + window
                    + "\" trong chu kỳ; dùng REGISTRATION, SELF_ASSESSMENT, VERIFICATION, RECOGNITION hoặc REPORT");
        }
    }
}
