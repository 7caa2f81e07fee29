package org.learningsociety.workflow.cycle;

import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.learningsociety.core.campaign.CycleDeadline;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.LearningSocietyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${cycleDeadlines}}: the timer dates of the shipped BPMN, e.g.
 * {@code ${cycleDeadlines.closes(execution, 'RECOGNITION')}} — the day the plan applying to the
 * cycle's commune closes the window in the cycle's year, or the configured default day. The core
 * decides the day; this bean only reads the cycle's variables and turns the day into the moment,
 * in the configured time zone.
 */
public class CycleDeadlineExpressions {

    private static final Logger LOG = LoggerFactory.getLogger(CycleDeadlineExpressions.class);

    /** The bean name the BPMN expressions use. */
    public static final String BEAN_NAME = "cycleDeadlines";

    private final CycleDeadlines deadlines;
    private final ZoneId zone;

    public CycleDeadlineExpressions(CycleDeadlines deadlines, ZoneId zone) {
        this.deadlines = Objects.requireNonNull(deadlines);
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * The moment {@code window} (a {@code CyclePhase} name) of the scope's cycle closes. A window no plan
     * and no setting dates fails the timer with the core's Vietnamese reason, logged in English.
     */
    public Date closes(VariableScope scope, String window) {
        String commune = Variables.unitCode(scope);
        int year = Variables.year(scope);
        try {
            return Date.from(deadline(window, commune, year).closesAt().atZone(zone).toInstant());
        } catch (LearningSocietyException undated) {
            LOG.warn("No day for window {} of the {} cycle of commune {}: no plan in force dates it and no "
                    + "learning-society.cycle setting does ({})", window, year, commune, undated.getMessage());
            throw undated;
        }
    }

    /**
     * Whether a plan in force dates the award round of the scope's cycle (HCMC's October Lifelong Learning
     * Week): the annual cycle then waits for {@link #awardRoundStarts} before its commendation.
     */
    public boolean awardRoundDated(VariableScope scope) {
        return deadlines.awardRoundOpens(Variables.unitCode(scope), Variables.year(scope), today()).isPresent();
    }

    /** The moment the plan's award round of the scope's cycle starts: the start of its window's first day. */
    public Date awardRoundStarts(VariableScope scope) {
        CycleDeadline opens = deadlines.awardRoundOpens(Variables.unitCode(scope), Variables.year(scope), today())
                .orElseThrow(() -> new InvalidInputException("window", "COMMENDATION",
                        "Không kế hoạch nào hẹn ngày khen thưởng của chu kỳ này"));
        return Date.from(opens.date().atStartOfDay(zone).toInstant());
    }

    /**
     * When the plan's award round of {@code communeCode}'s cycle of {@code year} opens, if a plan dates it:
     * the timeline's day for the timer {@code awardRoundOpens}, read as of the first day of the year.
     */
    public java.util.Optional<CycleDeadline> awardRound(String communeCode, int year) {
        return deadlines.awardRoundOpens(communeCode, year, java.time.LocalDate.of(year, 1, 1));
    }

    /** When {@code plan}'s award round of {@code year} opens, if it dates one (as of the year's first day). */
    public java.util.Optional<CycleDeadline> awardRoundUnder(org.learningsociety.core.plan.Plan plan, int year) {
        return deadlines.awardRoundOpensUnder(plan, year, java.time.LocalDate.of(year, 1, 1));
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
                zone);
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
