package org.learningsociety.workflow.report;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.InvalidInputException;

/** The names of the reporting processes' variables, and reading them. */
final class ReportVariables {

    static final String UNIT_CODE = "unitCode";
    static final String PARENT_CODE = "parentCode";
    static final String PERIOD = "period";
    /** The programme the report is of; absent (a process started before reports named one) is Programme 387. */
    static final String PROGRAMME = "programme";
    /** The chain the report goes up, {@code STATE} or {@code ASSOCIATION}; absent (a process started before chains) is the state's. */
    static final String CHAIN = "chain";
    /** The chain in Vietnamese, for forms and task names. */
    static final String CHAIN_NAME = "chainName";
    /** The body the report goes to, in the plan's words; absent when the plans name none. */
    static final String RECIPIENT = "recipient";
    static final String REPORT_ID = "reportId";
    static final String CHILDREN_PENDING = "childrenPending";
    static final String CHILDREN_DUE_AT = "childrenDueAt";
    static final String REPORT_DUE_AT = "reportDueAt";
    static final String DECISION = "decision";
    static final String REASON = "reason";
    static final String REVIEWER = "reviewer";
    static final String REGISTRATION_IDS = "registrationIds";
    static final String COMMENDATION_FORM = "commendationForm";
    static final String PROPOSED_BY = "proposedBy";
    static final String APPROVE = "APPROVE";
    static final String SEND_BACK = "SEND_BACK";

    /** Deadlines are days in Vietnam; a timer fires at the end of the day. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReportVariables() {
    }

    static ReportPeriod period(VariableScope scope) {
        Object value = scope.getVariable(PERIOD);
        return ReportPeriod.parse(value == null ? null : value.toString());
    }

    /** The process's programme: {@code PROGRAMME_387} when it names none. */
    static String programme(VariableScope scope) {
        Object value = scope.getVariable(PROGRAMME);
        return Plan.programme(value == null ? null : value.toString());
    }

    /** The process's chain: the state's when it names none. */
    static ReportChain chain(VariableScope scope) {
        Object value = scope.getVariable(CHAIN);
        return value == null ? ReportChain.STATE : ReportChain.parse(value.toString()).orElseThrow(
                () -> new InvalidInputException(CHAIN, value, "Hệ thống báo cáo phải là STATE hoặc ASSOCIATION"));
    }

    static String text(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(name, value, "Thiếu " + label);
        }
        return value.toString().strip();
    }

    /** The timer value of a deadline day: its last second in Vietnam, as ISO 8601; {@code null} stays {@code null}. */
    static String endOf(LocalDate day) {
        return day == null ? null : day.atTime(23, 59, 59).atZone(VIETNAM).toOffsetDateTime().toString();
    }

    /**
     * The business key of a unit's reporting process for a programme and a period: {@code 2021-2025:31}
     * for Programme 387 (as before reports named their programme), {@code 2025:79:EMULATION_1315} for
     * the emulation movement's.
     */
    static String businessKey(String programme, ReportPeriod period, String unitCode) {
        return businessKey(programme, ReportChain.STATE, period, unitCode);
    }

    /**
     * The business key of a unit's reporting process for a programme, a chain and a period: the state's
     * as before chains ({@code 2025:10507}, {@code 2025:79:EMULATION_1315}), the association's with
     * {@code :ASSOCIATION} after it ({@code 2024:34001:ASSOCIATION}).
     */
    static String businessKey(String programme, ReportChain chain, ReportPeriod period, String unitCode) {
        String key = period.code() + ":" + unitCode;
        key = Plan.PROGRAMME_387.equals(programme) ? key : key + ":" + programme;
        return chain == ReportChain.STATE ? key : key + ":" + chain.name();
    }
}
