package org.learningsociety.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.fakes.FakeTransactions;
import org.learningsociety.core.fakes.InMemoryAdministrativeUnits;
import org.learningsociety.core.fakes.InMemoryAuditTrail;
import org.learningsociety.core.fakes.InMemoryIndicatorValues;
import org.learningsociety.core.fakes.InMemoryPlans;
import org.learningsociety.core.fakes.InMemoryReports;
import org.learningsociety.core.fakes.TestClock;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.indicator.IndicatorEntry.Entry;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * A commune enters the values its plan has it enter (Hải Phòng's 46/KH-UBND over Programme 387, as
 * shipped): a ratio or a yes/no per indicator and year, audited, refused in Vietnamese naming the
 * field when it cannot be, and locked once the commune's report covering the year is approved.
 */
class EnteringIndicatorValuesTest {

    private static final String CHAIR = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";
    private static final String CADRES = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
    private static final String MEMBERS = "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES";
    private static final String WORKERS_IN_FAMILIES = "CITIZEN_WORKERS_IN_FAMILIES";
    private static final String THANH_DONG = "10507";
    private static final String LE_THANH_NGHI = "10532";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TestClock clock = TestClock.on(LocalDate.of(2026, 6, 1));
    private final InMemoryAdministrativeUnits unitRows = new InMemoryAdministrativeUnits();
    private final InMemoryPlans plans = new InMemoryPlans();
    private final InMemoryIndicatorValues values = new InMemoryIndicatorValues();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryReports reports = new InMemoryReports();
    private final FakeTransactions transactions = new FakeTransactions(List.of(values, audit));
    private final UnitDirectory units = new UnitDirectory(unitRows, transactions, clock);
    private final PlanDirectory planDirectory = new PlanDirectory(plans, units);
    private final IndicatorEntry entry = new IndicatorEntry(values, reports, units, planDirectory, audit,
            transactions, CurrentActor.fixed(new Actor("hoikhuyenhoc.thanhdong")), clock);
    private final IndicatorSheets sheets = new IndicatorSheets(values, reports, units, planDirectory, audit, clock);

    EnteringIndicatorValuesTest() {
        UnitFixture.loadInto(unitRows);
        plans.save(shipped("programme-387"));
        plans.save(shipped("hai-phong-46-kh-ubnd-2022"));
    }

    private static Plan shipped(String id) {
        String name = ReferenceDataLoader.PLAN_FOLDER + "/" + id + ".yaml";
        InputStream in = EnteringIndicatorValuesTest.class.getClassLoader().getResourceAsStream(name);
        return PlanFile.read(name, in);
    }

    private static Entry ratio(String unit, int year, String indicator, Long numerator, Long denominator) {
        return new Entry(unit, year, indicator, numerator, denominator, null, null, null);
    }

    private static Entry yesNo(String unit, int year, Boolean answer) {
        return new Entry(unit, year, CHAIR, null, null, answer, null, null);
    }

    // --- entering and auditing ---------------------------------------------------------------------

    @Test
    void aCommuneEntersARatioStoredWithWhoAndWhen() {
        IndicatorValue stored = entry.enter(new Entry(THANH_DONG, 2025, CADRES, 9L, 12L, null,
                "  Theo sổ sinh hoạt của Hội Khuyến học phường  ", null));

        assertThat(stored.unit()).isEqualTo(UnitFixture.THANH_DONG);
        assertThat(stored.numerator()).isEqualTo(9);
        assertThat(stored.denominator()).isEqualTo(12);
        assertThat(stored.answer()).isNull();
        assertThat(stored.note()).isEqualTo("Theo sổ sinh hoạt của Hội Khuyến học phường");
        assertThat(stored.enteredBy()).isEqualTo("hoikhuyenhoc.thanhdong");
        assertThat(stored.enteredAt()).isEqualTo(clock.instant());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(values.find(UnitFixture.THANH_DONG, 2025, CADRES)).contains(stored);
        assertThat(stored.ratio().percent()).isEqualByComparingTo("75.00");
    }

    @Test
    void aCommuneAnswersAYesNoIndicator() {
        entry.enter(yesNo(THANH_DONG, 2025, true));
        entry.enter(yesNo(LE_THANH_NGHI, 2025, false));

        assertThat(values.find(UnitFixture.THANH_DONG, 2025, CHAIR).orElseThrow().ratio())
                .isEqualTo(new Ratio(1, 1));
        assertThat(values.find(UnitFixture.LE_THANH_NGHI, 2025, CHAIR).orElseThrow().answer()).isFalse();
    }

    @Test
    void theCommuneEntersTotalsForACitizenIndicatorWhereItKeepsNoMemberLists() {
        IndicatorValue totals = entry.enter(ratio(THANH_DONG, 2025, WORKERS_IN_FAMILIES, 610L, 1480L));

        assertThat(totals.ratio()).isEqualTo(new Ratio(610, 1480));
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenBeforeAndAfter() {
        entry.enter(ratio(THANH_DONG, 2025, MEMBERS, 400L, 468L));
        clock.advance(java.time.Duration.ofHours(2));
        entry.enter(new Entry(THANH_DONG, 2025, MEMBERS, 410L, 468L, null, "Bổ sung chi hội tổ dân phố 4", null),
                new Actor("ubnd.thanhdong"));

        long id = values.auditId(UnitFixture.THANH_DONG, 2025, MEMBERS).orElseThrow();
        List<AuditRecord> history = audit.historyOf(Audited.INDICATOR_VALUE, id);
        assertThat(history).extracting(AuditRecord::action)
                .containsExactly(AuditAction.INDICATOR_VALUE_ENTERED, AuditAction.INDICATOR_VALUE_CHANGED);
        assertThat(history.get(0).actor()).isEqualTo("hoikhuyenhoc.thanhdong");
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(0).after()).isEqualTo("10507 2025 " + MEMBERS + ": 400/468");
        assertThat(history.get(1).actor()).isEqualTo("ubnd.thanhdong");
        assertThat(history.get(1).at()).isEqualTo(clock.instant());
        assertThat(history.get(1).before()).isEqualTo("10507 2025 " + MEMBERS + ": 400/468");
        assertThat(history.get(1).after())
                .isEqualTo("10507 2025 " + MEMBERS + ": 410/468 (ghi chú: Bổ sung chi hội tổ dân phố 4)");
        assertThat(sheets.history(THANH_DONG, 2025, MEMBERS)).isEqualTo(history);
        assertThat(values.find(UnitFixture.THANH_DONG, 2025, MEMBERS).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void enteringWhatIsStoredAlreadyChangesNothing() {
        IndicatorValue first = entry.enter(yesNo(THANH_DONG, 2025, true));
        clock.advance(java.time.Duration.ofDays(1));

        IndicatorValue again = entry.enter(yesNo(THANH_DONG, 2025, true), new Actor("ubnd.thanhdong"));

        assertThat(again).isEqualTo(first);
        assertThat(audit.all()).hasSize(1);
    }

    // --- refusals, each naming its field -------------------------------------------------------------

    @Test
    void refusesANumeratorAboveTheDenominator() {
        InvalidInputException refusal = refused("numerator", 13L,
                () -> entry.enter(ratio(THANH_DONG, 2025, CADRES, 13L, 12L)));

        assertThat(refusal.getMessage()).startsWith("Tử số (13) không được lớn hơn mẫu số (12)");
    }

    @Test
    void refusesNegativeCounts() {
        refused("numerator", -1L, () -> entry.enter(ratio(THANH_DONG, 2025, CADRES, -1L, 12L)));
        refused("denominator", -12L, () -> entry.enter(ratio(THANH_DONG, 2025, CADRES, 0L, -12L)));
    }

    @Test
    void aRatioIsGivenAsANumeratorAndADenominatorOnly() {
        assertThat(refused("denominator", null, () -> entry.enter(ratio(THANH_DONG, 2025, CADRES, 9L, null)))
                .getMessage()).startsWith("Chỉ tiêu này nhập tử số và mẫu số: thiếu mẫu số");
        refused("numerator", null, () -> entry.enter(ratio(THANH_DONG, 2025, CADRES, null, 12L)));
        refused("value", true, () -> entry.enter(new Entry(THANH_DONG, 2025, CADRES, 9L, 12L, true, null, null)));
    }

    @Test
    void aYesNoIndicatorIsAnsweredYesOrNoOnly() {
        assertThat(refused("value", null, () -> entry.enter(yesNo(THANH_DONG, 2025, null))).getMessage())
                .startsWith("Chỉ tiêu này trả lời có hoặc không: thiếu câu trả lời");
        refused("numerator", 1L, () -> entry.enter(new Entry(THANH_DONG, 2025, CHAIR, 1L, 1L, true, null, null)));
    }

    @Test
    void refusesAnIndicatorThePlanDoesNotHave() {
        assertThat(refused("indicator", "CLC_COUNT", () -> entry.enter(ratio(THANH_DONG, 2025, "CLC_COUNT", 1L, 1L)))
                .getMessage()).startsWith("Kế hoạch 46/KH-UBND áp dụng cho Phường Thành Đông không có chỉ tiêu CLC_COUNT");
    }

    @Test
    void refusesAComputedIndicatorThatNoLevelEnters() {
        assertThat(refused("indicator", "FAMILY_RECOGNISED",
                () -> entry.enter(ratio(THANH_DONG, 2025, "FAMILY_RECOGNISED", 200L, 320L))).getMessage())
                .contains("được tính từ hồ sơ, không có đơn vị nào nhập số liệu");
    }

    @Test
    void refusesAUnitOfAnotherLevelThanThePlanNames() {
        assertThat(refused("unitCode", "31", () -> entry.enter(yesNo("31", 2025, true))).getMessage())
                .contains("do cấp xã, phường, thị trấn nhập; Thành phố Hải Phòng là cấp tỉnh, thành phố");
        refused("unitCode", "10507-TDP1", () -> entry.enter(yesNo("10507-TDP1", 2025, true)));
    }

    @Test
    void refusesAYearStillToComeAndAYearNoPlanCovers() {
        assertThat(refused("year", 2027, () -> entry.enter(yesNo(THANH_DONG, 2027, true))).getMessage())
                .startsWith("Chưa thể nhập số liệu năm 2027");
        refused("year", 2019, () -> entry.enter(yesNo(THANH_DONG, 2019, true)));
        refused("year", 1999, () -> entry.enter(yesNo(THANH_DONG, 1999, true)));
    }

    @Test
    void refusesAUnitThatDidNotExistInTheYear() {
        // Lê Thanh Nghị was formed by the reform of 1 July 2025
        refused(NotFoundException.class, "code", LE_THANH_NGHI, () -> entry.enter(yesNo(LE_THANH_NGHI, 2024, true)));
    }

    @Test
    void theCodeOfAYearBeforeTheReformIsTheUnitOfThatYear() {
        // 10507 was Phường Cẩm Thượng of Hải Dương until 30 June 2025; Programme 387 applies to it
        IndicatorValue value = entry.enter(yesNo(THANH_DONG, 2024, true));

        assertThat(value.unit()).isEqualTo(UnitFixture.CAM_THUONG);
    }

    @Test
    void aRefusedEntryLeavesNothingWritten() {
        entry.enter(ratio(THANH_DONG, 2025, CADRES, 9L, 12L));
        Object before = List.of(values.snapshot(), audit.snapshot());

        refused("numerator", 20L, () -> entry.enter(ratio(THANH_DONG, 2025, CADRES, 20L, 12L)));

        assertThat(List.of(values.snapshot(), audit.snapshot())).isEqualTo(before);
    }

    @Test
    void aChangeReadAtAnOlderVersionIsRefusedAsAConcurrentChange() {
        entry.enter(ratio(THANH_DONG, 2025, CADRES, 9L, 12L));
        entry.enter(new Entry(THANH_DONG, 2025, CADRES, 10L, 12L, null, null, 1));

        ConflictException refusal = refused(ConflictException.class, "version", 1,
                () -> entry.enter(new Entry(THANH_DONG, 2025, CADRES, 11L, 12L, null, null, 1)));

        assertThat(refusal.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_CHANGE);
        assertThat(values.find(UnitFixture.THANH_DONG, 2025, CADRES).orElseThrow().numerator()).isEqualTo(10);
    }

    // --- locking by an approved report ---------------------------------------------------------------

    private Report reportOfThanhDong(ReportPeriod period) {
        AdministrativeUnit thanhDong = UnitFixture.thanhDong();
        Report report = Report.compile(reports.nextId(), thanhDong.id(), thanhDong.code(), thanhDong.name(),
                thanhDong.level(), thanhDong.parent(), org.learningsociety.core.plan.Plan.PROGRAMME_387, period,
                LocalDate.of(2026, 12, 1), List.of(), List.of(),
                List.of(), clock.instant());
        reports.add(report);
        report.submit(List.of(), clock.instant(), VIETNAM);
        return report;
    }

    @Test
    void anApprovedYearlyReportLocksTheYearsValuesUntilItIsSentBack() {
        entry.enter(ratio(THANH_DONG, 2025, CADRES, 9L, 12L));
        Report report = reportOfThanhDong(ReportPeriod.year(2025));
        entry.enter(ratio(THANH_DONG, 2025, CADRES, 10L, 12L));  // submitted, not yet approved: still open
        report.approve("ubnd.haiphong", clock.instant());

        ConflictException refusal = refused(ConflictException.class, "year", 2025,
                () -> entry.enter(ratio(THANH_DONG, 2025, CADRES, 11L, 12L)));
        assertThat(refusal.kind()).isEqualTo(ConflictException.Kind.STATE_CONFLICT);
        assertThat(refusal.getMessage()).startsWith("Số liệu năm 2025 của Phường Thành Đông đã khoá vì báo cáo kết quả "
                + "xây dựng xã hội học tập năm 2025 đã được cấp trên duyệt; muốn sửa, cấp trên phải trả lại báo cáo trước");
        refused(ConflictException.class, "year", 2025, () -> entry.enter(yesNo(THANH_DONG, 2025, true)));
        assertThat(sheets.of(THANH_DONG, 2025)).allMatch(IndicatorSheets.Line::locked);
        // what is stored already may be said again; another year and another commune stay open
        entry.enter(ratio(THANH_DONG, 2025, CADRES, 10L, 12L));
        entry.enter(yesNo(THANH_DONG, 2026, true));
        entry.enter(yesNo(LE_THANH_NGHI, 2025, true));

        // the city reopens the approved report: the commune corrects its values
        report.sendBack("ubnd.haiphong", "Số cán bộ được tập huấn chưa khớp với danh sách", clock.instant());
        assertThat(entry.enter(ratio(THANH_DONG, 2025, CADRES, 11L, 12L)).numerator()).isEqualTo(11);
        assertThat(sheets.of(THANH_DONG, 2025)).noneMatch(IndicatorSheets.Line::locked);
    }

    @Test
    void anApprovedReviewLocksTheLastYearOfItsPhaseOnly() {
        Report review = reportOfThanhDong(ReportPeriod.phase(2021, 2025));
        review.approve("ubnd.haiphong", Instant.parse("2026-03-20T03:00:00Z"));

        assertThat(refused(ConflictException.class, "year", 2025, () -> entry.enter(yesNo(THANH_DONG, 2025, true)))
                .getMessage()).contains("vì báo cáo sơ kết 5 năm xây dựng xã hội học tập giai đoạn 2021–2025");
        entry.enter(yesNo(THANH_DONG, 2026, true));
        assertThat(ReportLocks.periodsLocking(2030, shipped("hai-phong-46-kh-ubnd-2022")))
                .containsExactly(ReportPeriod.year(2030), ReportPeriod.phase(2026, 2030), ReportPeriod.phase(2021, 2030));
        assertThat(ReportLocks.periodsLocking(2024, shipped("hai-phong-46-kh-ubnd-2022")))
                .containsExactly(ReportPeriod.year(2024));
    }

    // --- the sheets ----------------------------------------------------------------------------------

    @Test
    void aCommunesSheetListsTheSevenIndicatorsItEntersWithWhatIsStored() {
        entry.enter(yesNo(THANH_DONG, 2025, true));
        entry.enter(ratio(THANH_DONG, 2025, CADRES, 9L, 12L));

        List<IndicatorSheets.Line> sheet = sheets.of(THANH_DONG, 2025);

        assertThat(sheet).extracting(l -> l.indicator().code()).containsExactly(CHAIR, CADRES, MEMBERS,
                WORKERS_IN_FAMILIES, "CITIZEN_WORKERS_IN_CLANS", "CITIZEN_WORKERS_IN_COMMUNITIES",
                "CITIZEN_CADRES_IN_UNITS");
        assertThat(sheet).allMatch(l -> l.unit().id().equals(UnitFixture.THANH_DONG) && !l.locked());
        assertThat(sheet.get(0).value().answer()).isTrue();
        assertThat(sheet.get(1).value().numerator()).isEqualTo(9);
        assertThat(sheet.get(2).entered()).isFalse();
        assertThat(sheet.get(0).indicator().name()).startsWith("Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học");
    }

    @Test
    void theCitysSheetHoldsEachCommunesLinesAndNoneOfItsOwn() {
        entry.enter(yesNo(LE_THANH_NGHI, 2025, false));
        reportOfThanhDong(ReportPeriod.year(2025)).approve("ubnd.haiphong", clock.instant());

        List<IndicatorSheets.Line> sheet = sheets.ofUnitAndChildren("31", 2025).lines();

        assertThat(sheet).hasSize(14);
        assertThat(sheet).extracting(l -> l.unit().code()).containsOnly(THANH_DONG, LE_THANH_NGHI);
        assertThat(sheet).filteredOn(l -> l.unit().code().equals(THANH_DONG)).allMatch(IndicatorSheets.Line::locked);
        assertThat(sheet).filteredOn(l -> l.unit().code().equals(LE_THANH_NGHI)).noneMatch(IndicatorSheets.Line::locked);
        assertThat(sheet).filteredOn(IndicatorSheets.Line::entered).singleElement()
                .satisfies(l -> assertThat(l.value().unit()).isEqualTo(new UnitId(UnitFixture.LE_THANH_NGHI.value())));
        assertThat(sheets.of("31", 2025)).isEmpty();
    }
}
