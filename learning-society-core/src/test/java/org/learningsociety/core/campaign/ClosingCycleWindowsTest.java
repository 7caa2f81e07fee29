package org.learningsociety.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.PlanFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;

/** The day a window of a commune's cycle closes: the plan's milestone, else the configured default. */
class ClosingCycleWindowsTest {

    /** The portal's own days: a recognition default, and the day a province set for its communes' reports. */
    private static final Map<CyclePhase, MonthDay> DEFAULTS = Map.of(
            CyclePhase.RECOGNITION, MonthDay.of(12, 10),
            CyclePhase.REPORT, MonthDay.of(12, 20));

    private final Services services = Services.haiPhong(LocalDate.of(2026, 3, 1));
    private final CycleDeadlines deadlines = new CycleDeadlines(services.unitDirectory(), services.planDirectory(),
            DEFAULTS, new ReportDeadlines(services.planDirectory()));
    /** A portal that has set no day for the communes' reports. */
    private final CycleDeadlines withoutAReportDay = new CycleDeadlines(services.unitDirectory(),
            services.planDirectory(), Map.of(CyclePhase.RECOGNITION, MonthDay.of(12, 10)),
            new ReportDeadlines(services.planDirectory()));

    @Test
    void aWindowNoPlanDatesClosesOnTheDefaultDayOfTheCyclesOwnYear() {
        CycleDeadline closes = deadlines.closes(CyclePhase.RECOGNITION, "10507", 2027);

        assertThat(closes.date()).isEqualTo(LocalDate.of(2027, 12, 10));
        assertThat(closes.fromPlan()).isFalse();
        assertThat(closes.closesAt()).isEqualTo(LocalDateTime.of(2027, 12, 10, 23, 59, 59));
    }

    @Test
    void aYearlyMilestoneOfThePlanApplyingToTheCommuneSetsTheDay() {
        services.plans().save(withMilestones(PlanFixture.haiPhong2022(), PlanStatus.ISSUED,
                new Milestone("RECOGNITION", "ALL", null, null, MonthDay.of(11, 1), MonthDay.of(12, 31), true, false,
                        null, null, "Hằng năm, trong tháng 11, 12", "Công nhận các danh hiệu")));

        CycleDeadline closes = deadlines.closes(CyclePhase.RECOGNITION, "10507", 2028);

        assertThat(closes.date()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(closes.planId()).isEqualTo("hai-phong-46-kh-ubnd-2022");
        assertThat(closes.planNumber()).isEqualTo("46/KH-UBND");
        assertThat(closes.statedAs()).isEqualTo("Hằng năm, trong tháng 11, 12");
    }

    @Test
    void aReportDueBeforeADayClosesAtThatDaysStart() {
        services.plans().save(withMilestones(PlanFixture.haiPhong2022(), PlanStatus.ISSUED,
                new Milestone("YEARLY_REPORT", "COMMUNE", null, null, null, MonthDay.of(12, 5), true, true, null, null,
                        "Trước ngày 05 tháng 12 hàng năm", "Các xã báo cáo")));

        CycleDeadline closes = deadlines.closes(CyclePhase.REPORT, "10507", 2026);

        assertThat(closes.before()).isTrue();
        assertThat(closes.closesAt()).isEqualTo(LocalDateTime.of(2026, 12, 5, 0, 0));
    }

    @Test
    void milestonesOfOtherLevelsOfDraftsAndOfOtherYearsAreNotTheCommunes() {
        services.plans().save(withMilestones(PlanFixture.haiPhong2022(), PlanStatus.ISSUED,
                new Milestone("YEARLY_REPORT", "PROVINCE", null, null, null, MonthDay.of(12, 1), true, true, null, null,
                        "Sở báo cáo", "Sở báo cáo"),
                new Milestone("RECOGNITION", "ALL", null, null, null, MonthDay.of(11, 30), true, false, 2021, 2025,
                        "Giai đoạn 1", "Công nhận")));
        services.plans().save(withMilestones(PlanFixture.ownPlan("draft-10507", "10507",
                org.learningsociety.core.unit.UnitLevel.COMMUNE, PlanStatus.DRAFT, 80), PlanStatus.DRAFT,
                new Milestone("RECOGNITION", "COMMUNE", null, null, null, MonthDay.of(11, 15), true, false, null, null,
                        "Dự thảo", "Dự thảo")));

        assertThat(deadlines.closes(CyclePhase.REPORT, "10507", 2026).fromPlan()).isFalse();
        assertThat(deadlines.closes(CyclePhase.RECOGNITION, "10507", 2026).date()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void theReportClosesOnTheDayTheProvinceConfiguredWhenNoPlanDatesTheCommunesReport() {
        CycleDeadline closes = deadlines.closes(CyclePhase.REPORT, "10507", 2026);

        assertThat(closes.date()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(closes.fromPlan()).isFalse();
    }

    @Test
    void aReportNeitherAPlanNorTheProvinceDatesIsRefusedNamingThePlansNotGivenAMadeUpDay() {
        assertThatThrownBy(() -> withoutAReportDay.closes(CyclePhase.REPORT, "10507", 2026))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("reportDue");
                    assertThat(e.getMessage()).contains("46/KH-UBND").contains("năm 2026").contains("cấp xã")
                            .contains("learning-society.cycle.report-due");
                });
        // the plan's own day needs no configuration
        services.plans().save(withMilestones(PlanFixture.haiPhong2022(), PlanStatus.ISSUED,
                new Milestone("YEARLY_REPORT", "COMMUNE", null, null, null, MonthDay.of(11, 25), true, true, null, null,
                        "Trước ngày 25 tháng 11 hằng năm", "Các xã báo cáo")));
        assertThat(withoutAReportDay.closes(CyclePhase.REPORT, "10507", 2026).date())
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theEmulationMovementsPlansDoNotDateTheCommunesReport() {
        Plan movement = withMilestones(PlanFixture.ownPlan("hai-phong-1315", "31",
                org.learningsociety.core.unit.UnitLevel.PROVINCE, PlanStatus.ISSUED, 80), PlanStatus.ISSUED,
                new Milestone("YEARLY_REPORT", "COMMUNE", null, null, null, MonthDay.of(11, 20), true, false, null, null,
                        "Phong trào thi đua", "Các xã báo cáo"));
        movement = new Plan(movement.id(), movement.version(), movement.status(), movement.issuer(), movement.number(),
                movement.issuedOn(), movement.issuedYear(), movement.title(), movement.scope(), movement.legalBasis(),
                movement.phases(), movement.indicators(), movement.targets(), movement.derivationRule(),
                movement.milestones(), Plan.EMULATION_1315, null, List.of());
        services.plans().save(movement);

        assertThat(deadlines.closes(CyclePhase.REPORT, "10507", 2026).fromPlan()).isFalse();
        assertThat(deadlines.closesUnder(CyclePhase.REPORT, movement, 2026).fromPlan()).isFalse();
        assertThatThrownBy(() -> withoutAReportDay.closes(CyclePhase.REPORT, "10507", 2026))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesAWindowNeitherAPlanNorTheSettingsDate() {
        assertThatThrownBy(() -> deadlines.closes(CyclePhase.VERIFICATION, "10507", 2026))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("chưa cấu hình ngày mặc định");
    }

    private static Plan withMilestones(Plan plan, PlanStatus status, Milestone... milestones) {
        return new Plan(plan.id(), plan.version(), status, plan.issuer(), plan.number(), plan.issuedOn(),
                plan.issuedYear(), plan.title(), plan.scope(), plan.legalBasis(), plan.phases(), plan.indicators(),
                plan.targets(), plan.derivationRule(), List.of(milestones), plan.programme(), plan.parent(),
                plan.tasks());
    }
}
