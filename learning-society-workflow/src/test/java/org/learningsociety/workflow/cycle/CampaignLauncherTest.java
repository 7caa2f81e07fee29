package org.learningsociety.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CycleDeadline;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.plan.DerivationRule;
import org.learningsociety.core.plan.Phase;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.plan.PlanScope;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.plan.Target;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.core.unit.UnitLocks;

/**
 * A commune's cycle starts only when its report is dated: by a plan in force for the commune's
 * level, or by the day the province configured. Neither, and the launcher refuses before starting
 * anything, with the plans named; no day is made up.
 */
class CampaignLauncherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private static final AdministrativeUnit THANH_DONG = new AdministrativeUnit(new UnitId(10507), "10507",
            "Phường Thành Đông", UnitLevel.COMMUNE, new UnitId(31), Period.from(LocalDate.of(2025, 7, 1)), null);
    /** Hải Phòng's plan as it dates a commune's report: "định kỳ hằng năm", no day. */
    private static final Plan HAI_PHONG = new Plan("hai-phong-46-kh-ubnd-2022", 1, PlanStatus.ISSUED,
            "Ủy ban nhân dân thành phố Hải Phòng", "46/KH-UBND", LocalDate.of(2022, 3, 4), 2022,
            "Kế hoạch thực hiện Chương trình 387", new PlanScope("31", UnitLevel.PROVINCE), List.of(),
            List.of(new Phase("2021-2025", 2021, 2025), new Phase("2026-2030", 2026, 2030)),
            List.of(new PlanIndicator("FAMILY_RECOGNISED", "Gia đình học tập", LearningModel.FAMILY, "PERCENT")),
            List.of(new Target("FAMILY_RECOGNISED", 2026, null, new BigDecimal("80"), null)), DerivationRule.LINEAR,
            List.of());

    private final RuntimeService runtime = mock(RuntimeService.class);
    private final UnitDirectory units = mock(UnitDirectory.class);
    private final PlanDirectory plans = mock(PlanDirectory.class);
    private final Transactions transactions = mock(Transactions.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    CampaignLauncherTest() {
        when(units.unitOn(eq("10507"), any(LocalDate.class))).thenReturn(THANH_DONG);
        when(plans.planFor(THANH_DONG, 2026, TODAY)).thenReturn(HAI_PHONG);
        when(plans.plansApplyingTo(eq(THANH_DONG), any(LocalDate.class), eq(Plan.PROGRAMME_387)))
                .thenReturn(List.of(HAI_PHONG));
    }

    private CampaignLauncher launcher(Map<CyclePhase, MonthDay> configured) {
        CycleDeadlines deadlines = new CycleDeadlines(units, plans, configured,
                (commune, year, on) -> Optional.<CycleDeadline>empty());
        return new CampaignLauncher(runtime, units, plans, clock, transactions, mock(UnitLocks.class), deadlines);
    }

    @Test
    void refusesACycleWhoseReportNoPlanAndNoSettingDatesNamingThePlanAndStartingNothing() {
        CampaignLauncher launcher = launcher(Map.of(CyclePhase.RECOGNITION, MonthDay.of(12, 10)));

        assertThatThrownBy(() -> launcher.start("10507", 2026, LearningModel.FAMILY))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("reportDue");
                    assertThat(e.getMessage()).startsWith("Kế hoạch 46/KH-UBND không nêu hạn báo cáo kết quả năm 2026")
                            .contains("Phường Thành Đông").contains("learning-society.cycle.report-due")
                            .contains("không tự đặt ngày");
                });
        verify(transactions, never()).inTransaction(any());
        verify(runtime, never()).startProcessInstanceByKey(anyString(), anyString(), anyMap());
    }

    @Test
    void startsACycleWhoseReportTheProvinceDated() {
        when(transactions.inTransaction(any())).thenAnswer(call -> ((java.util.function.Supplier<?>) call
                .getArgument(0)).get());
        when(runtime.createProcessInstanceQuery()).thenReturn(mock(org.camunda.bpm.engine.runtime.ProcessInstanceQuery.class,
                org.mockito.Mockito.RETURNS_SELF));
        CampaignLauncher launcher = launcher(Map.of(CyclePhase.REPORT, MonthDay.of(12, 20)));

        assertThat(launcher.start("10507", 2026, LearningModel.FAMILY).businessKey()).isEqualTo("FAMILY:2026:10507");
        verify(runtime).startProcessInstanceByKey(eq(CampaignLauncher.PROCESS_KEY), eq("FAMILY:2026:10507"), anyMap());
    }

    @Test
    void refusesACycleTheDeployedTimersCannotRunBeforeStartingAnything() {
        CycleDeadlines deadlines = new CycleDeadlines(units, plans, Map.of(CyclePhase.REPORT, MonthDay.of(12, 20)),
                (commune, year, on) -> Optional.<CycleDeadline>empty());
        ConflictException stale = new ConflictException("year", 2026, "Không bắt đầu chu kỳ năm 2026: …");
        CampaignLauncher launcher = new CampaignLauncher(runtime, units, plans, clock, transactions,
                mock(UnitLocks.class), deadlines, List.of(key -> {
                    assertThat(key.businessKey()).isEqualTo("FAMILY:2026:10507");
                    throw stale;
                }));

        assertThatThrownBy(() -> launcher.start("10507", 2026, LearningModel.FAMILY)).isSameAs(stale);
        verify(transactions, never()).inTransaction(any());
        verify(runtime, never()).startProcessInstanceByKey(anyString(), anyString(), anyMap());
    }
}
