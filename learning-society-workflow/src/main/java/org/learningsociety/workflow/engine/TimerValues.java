package org.learningsociety.workflow.engine;

import org.learningsociety.workflow.cycle.CycleDeadlineExpressions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Reads the timers of a BPMN model and parses their ISO 8601 values. */
final class TimerValues {

    /** {@code ${cycleDeadlines.closes(execution, 'RECOGNITION')}}, the shipped timers' expression. */
    static final Pattern DEADLINE_EXPRESSION = Pattern.compile(
            "[$#]\\{\\s*" + CycleDeadlineExpressions.BEAN_NAME
                    + "\\.closes\\(\\s*execution\\s*,\\s*['\"]([A-Za-z_]+)['\"]\\s*\\)\\s*}");

    /** {@code ${cycleDeadlines.awardRoundStarts(execution)}}: the award round a plan dates (window COMMENDATION). */
    static final Pattern AWARD_ROUND_EXPRESSION = Pattern.compile(
            "[$#]\\{\\s*" + CycleDeadlineExpressions.BEAN_NAME + "\\.awardRoundStarts\\(\\s*execution\\s*\\)\\s*}");

    /** The window of the award round's timer. */
    static final String AWARD_ROUND = "COMMENDATION";

    private TimerValues() {
    }

    static List<CycleTimer> timersOf(BpmnModelInstance model) {
        List<CycleTimer> timers = new ArrayList<>();
        Collection<TimerEventDefinition> definitions = model.getModelElementsByType(TimerEventDefinition.class);
        for (TimerEventDefinition definition : definitions) {
            Event event = (Event) definition.getParentElement();
            Process process = processOf(event);
            CycleTimer.Kind kind;
            String value;
            if (definition.getTimeDate() != null) {
                kind = CycleTimer.Kind.DATE;
                value = definition.getTimeDate().getTextContent().trim();
            } else if (definition.getTimeCycle() != null) {
                kind = CycleTimer.Kind.CYCLE;
                value = definition.getTimeCycle().getTextContent().trim();
            } else if (definition.getTimeDuration() != null) {
                kind = CycleTimer.Kind.DURATION;
                value = definition.getTimeDuration().getTextContent().trim();
            } else {
                kind = CycleTimer.Kind.DATE;
                value = "";
            }
            String closesId = null;
            String closesName = null;
            if (event instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                Activity attached = boundary.getAttachedTo();
                closesId = attached.getId();
                closesName = attached.getName();
            }
            LocalDate date = kind == CycleTimer.Kind.DATE ? parseDate(value).orElse(null) : null;
            String window = deadlineWindow(value).orElse(null);
            boolean expression = value.startsWith("${") || value.startsWith("#{");
            timers.add(new CycleTimer(process == null ? null : process.getId(),
                    process == null ? null : process.getName(), event.getId(), event.getName(), kind, value, date,
                    closesId, closesName, window, expression ? CycleTimer.BY_PLAN : null));
        }
        return timers;
    }

    /**
     * The window named by a {@code ${cycleDeadlines.closes(execution, '<WINDOW>')}} expression (spaces and
     * quotes as Modeler users type them), or empty for anything else.
     */
    static Optional<String> deadlineWindow(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (AWARD_ROUND_EXPRESSION.matcher(value.trim()).matches()) {
            return Optional.of(AWARD_ROUND);
        }
        Matcher matcher = DEADLINE_EXPRESSION.matcher(value.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The calendar date of a plain ISO 8601 date or date-time ({@code 2026-10-31T23:59:59+07:00}). */
    static Optional<LocalDate> parseDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).toLocalDate());
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(value));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }

    /** Whether {@code value} is an ISO 8601 duration ({@code P30D}, {@code PT5M}). */
    static boolean isDuration(String value) {
        try {
            DatatypeFactory.newInstance().newDuration(value);
            return true;
        } catch (IllegalArgumentException | NullPointerException | UnsupportedOperationException e) {
            return false;
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code value} is an ISO 8601 repeating interval ({@code R3/PT5M}) or a cron expression. */
    static boolean isCycle(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (value.startsWith("R")) {
            String[] parts = value.split("/");
            if (parts.length < 2 || parts.length > 3 || !parts[0].matches("R\\d*")) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                if (!isDuration(parts[i]) && parseDate(parts[i]).isEmpty()) {
                    return false;
                }
            }
            return true;
        }
        int fields = value.trim().split("\\s+").length;
        return fields == 6 || fields == 7;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance current = element;
        while (current != null && !(current instanceof Process)) {
            current = current.getParentElement();
        }
        return (Process) current;
    }
}
