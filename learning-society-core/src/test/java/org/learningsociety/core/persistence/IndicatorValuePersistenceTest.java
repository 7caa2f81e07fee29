package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorEntry.Entry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.indicator.IndicatorValues;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;

/** The values units enter, their audit and their locking by an approved report, on H2 and PostgreSQL. */
class IndicatorValuePersistenceTest {

    private static final String CHAIR = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";
    private static final String CADRES = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
    private static final Instant AT = Instant.parse("2026-01-10T02:00:00Z");

    private static IndicatorValue ratio(long unit, String indicator, long numerator, long denominator, int version) {
        return new IndicatorValue(new UnitId(unit), 2025, indicator, numerator, denominator, null,
                "Theo sổ theo dõi của Hội", "hoikhuyenhoc.thanhdong", AT, version);
    }

    @OnBothDatabases
    void roundTripsRatiosAndYesNoAndFindsAYearsValuesOfManyUnits(Database database) {
        try (Store store = database.freshStore()) {
            IndicatorValues values = store.persistence().indicatorValues();
            IndicatorValue cadres = values.save(ratio(6, CADRES, 9, 12, 0));
            IndicatorValue chair = values.save(new IndicatorValue(new UnitId(7), 2025, CHAIR, null, null, false, null,
                    "hoikhuyenhoc.haiduong", AT, 0));
            values.save(new IndicatorValue(new UnitId(6), 2024, CHAIR, null, null, true, null, "a", AT, 0));

            assertThat(cadres.version()).isEqualTo(1);
            assertThat(values.find(new UnitId(6), 2025, CADRES)).contains(cadres);
            assertThat(values.find(new UnitId(7), 2025, CHAIR)).contains(chair);
            assertThat(values.find(new UnitId(7), 2025, CADRES)).isEmpty();
            assertThat(values.find(List.of(new UnitId(6), new UnitId(7), new UnitId(8)), 2025))
                    .containsExactlyInAnyOrder(cadres, chair);
            assertThat(values.find(List.of(), 2025)).isEmpty();
        }
    }

    @OnBothDatabases
    void writesAChangeOnlyAtTheVersionReadAndRefusesASecondFirstEntry(Database database) {
        try (Store store = database.freshStore()) {
            IndicatorValues values = store.persistence().indicatorValues();
            values.save(ratio(6, CADRES, 9, 12, 0));
            long id = values.auditId(new UnitId(6), 2025, CADRES).orElseThrow();

            IndicatorValue changed = values.save(ratio(6, CADRES, 10, 12, 1));

            assertThat(changed.version()).isEqualTo(2);
            assertThat(values.auditId(new UnitId(6), 2025, CADRES)).hasValue(id);
            assertThatThrownBy(() -> values.save(ratio(6, CADRES, 11, 12, 1)))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_CHANGE));
            assertThatThrownBy(() -> values.save(ratio(6, CADRES, 11, 12, 0)))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_CHANGE));
            assertThat(values.find(new UnitId(6), 2025, CADRES).orElseThrow().numerator()).isEqualTo(10);
            assertThat(values.auditId(new UnitId(6), 2026, CADRES)).isEmpty();
        }
    }

    @OnBothDatabases
    void theTableItselfRefusesImpossibleValues(Database database) {
        try (Store store = database.freshStore()) {
            IndicatorValues values = store.persistence().indicatorValues();

            assertThatThrownBy(() -> values.save(ratio(6, CADRES, 13, 12, 0))).isNotInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> values.save(new IndicatorValue(new UnitId(6), 2025, CHAIR, 1L, 1L, true, null,
                    "a", AT, 0))).isNotInstanceOf(ConflictException.class);
            assertThat(store.count("ls_indicator_value")).isZero();
        }
    }

    @OnBothDatabases
    void aValueAndItsAuditLandTogetherAndAnApprovedReportLocksTheYear(Database database) {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2026, 2, 1));
            MyBatisPersistence p = store.persistence();
            PlanDirectory plans = new PlanDirectory(p.plans(), s.units());
            IndicatorEntry entry = new IndicatorEntry(p.indicatorValues(), p.reports(), s.units(), plans,
                    p.auditTrail(), p.transactions(), CurrentActor.fixed(s.acting().get()), s.clock());
            IndicatorSheets sheets = new IndicatorSheets(p.indicatorValues(), p.reports(), s.units(), plans,
                    p.auditTrail(), s.clock());

            entry.enter(new Entry("10507", 2025, CADRES, 9L, 12L, null, null, null));
            entry.enter(new Entry("10507", 2025, CADRES, 10L, 12L, null, "Bổ sung", null));
            entry.enter(new Entry("10525", 2025, CHAIR, null, null, true, null, null));

            assertThat(sheets.history("10507", 2025, CADRES)).extracting(AuditRecord::action)
                    .containsExactly(AuditAction.INDICATOR_VALUE_ENTERED, AuditAction.INDICATOR_VALUE_CHANGED);
            assertThat(sheets.history("10507", 2025, CADRES).get(1).after()).endsWith("10/12 (ghi chú: Bổ sung)");
            List<IndicatorSheets.Line> city = sheets.ofUnitAndChildren("31", 2025).lines();
            assertThat(city).filteredOn(IndicatorSheets.Line::entered).extracting(l -> l.unit().code())
                    .containsExactlyInAnyOrder("10507", "10525");
            assertThat(city).extracting(l -> l.unit().code()).doesNotContain("31");

            Reports reports = p.reports();
            AdministrativeUnit thanhDong = s.units().unitOn("10507", LocalDate.of(2025, 12, 31));
            Report report = Report.compile(reports.nextId(), thanhDong.id(), thanhDong.code(), thanhDong.name(),
                    thanhDong.level(), thanhDong.parent(), org.learningsociety.core.plan.Plan.PROGRAMME_387,
                    ReportPeriod.year(2025), null, List.of(), List.of(),
                    List.of(), AT);
            reports.add(report);
            report = reports.findById(report.id()).orElseThrow();
            report.submit(List.of(), AT, ZoneId.of("Asia/Ho_Chi_Minh"));
            reports.update(report);
            report = reports.findById(report.id()).orElseThrow();
            report.approve("ubnd.haiphong", AT);
            reports.update(report);
            long audited = store.count("ls_audit");

            assertThatThrownBy(() -> entry.enter(new Entry("10507", 2025, CADRES, 11L, 12L, null, null, null)))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STATE_CONFLICT));
            assertThat(store.count("ls_audit")).isEqualTo(audited);
            assertThat(sheets.ofUnitAndChildren("31", 2025).lines()).filteredOn(l -> l.unit().code().equals("10507"))
                    .isNotEmpty().allMatch(IndicatorSheets.Line::locked);
            assertThat(sheets.ofUnitAndChildren("31", 2025).lines()).filteredOn(l -> l.unit().code().equals("10525"))
                    .isNotEmpty().noneMatch(IndicatorSheets.Line::locked);
        }
    }
}
