package org.learningsociety.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CycleDeadline;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.shared.InvalidInputException;

/** The timers' expression reads the cycle's commune and year and closes at the core's day, Vietnam time. */
class CycleDeadlineExpressionsTest {

    private final CycleDeadlines deadlines = mock(CycleDeadlines.class);
    private final CycleDeadlineExpressions expressions =
            new CycleDeadlineExpressions(deadlines, ZoneId.of("Asia/Ho_Chi_Minh"));
    private final VariableScope cycle = mock(VariableScope.class);

    CycleDeadlineExpressionsTest() {
        when(cycle.getVariable(CycleVariables.UNIT_CODE)).thenReturn("10507");
        when(cycle.getVariable(CycleVariables.YEAR)).thenReturn(2027);
    }

    @Test
    void closesAtTheEndOfTheDayTheCoreSetsForTheCyclesCommuneAndYear() {
        when(deadlines.closes(CyclePhase.RECOGNITION, "10507", 2027)).thenReturn(new CycleDeadline(
                CyclePhase.RECOGNITION, LocalDate.of(2027, 12, 31), false, "thai-binh-29-kh-khkh-2022", "29/KH-KHKH",
                null));

        assertThat(expressions.closes(cycle, "RECOGNITION"))
                .isEqualTo(Date.from(OffsetDateTime.parse("2027-12-31T23:59:59+07:00").toInstant()));
    }

    @Test
    void closesAtTheStartOfADayThePlanSaysToReportBefore() {
        when(deadlines.closes(CyclePhase.REPORT, "10507", 2027)).thenReturn(new CycleDeadline(
                CyclePhase.REPORT, LocalDate.of(2027, 12, 5), true, "p", "1/KH", null));

        assertThat(expressions.closes(cycle, "REPORT"))
                .isEqualTo(Date.from(OffsetDateTime.parse("2027-12-05T00:00:00+07:00").toInstant()));
    }

    @Test
    void refusesAWindowTheCycleDoesNotHaveInVietnamese() {
        assertThatThrownBy(() -> expressions.closes(cycle, "THAM_DINH"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Không có giai đoạn \"THAM_DINH\"");
    }
}
