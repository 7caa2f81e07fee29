package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.Completeness;
import org.learningsociety.core.report.PastUnit;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportLine;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportStatus;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.report.Timeliness;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

class ReportPersistenceTest {

    private static final ReportChain STATE = ReportChain.STATE;

    private static final ReportPeriod PHASE = ReportPeriod.phase(2021, 2025);

    private static final String P387 = Plan.PROGRAMME_387;

    private static Report report(Reports reports, long unit, String code) {
        return report(reports, unit, code, P387);
    }

    private static Report report(Reports reports, long unit, String code, String programme) {
        return Report.compile(reports.nextId(), new UnitId(unit), code, "Thành phố Hải Phòng", UnitLevel.PROVINCE,
                new UnitId(1), programme, PHASE, LocalDate.of(2026, 3, 31),
                List.of(new ReportLine(code, "Thành phố Hải Phòng", LearningModel.FAMILY, 66, 44, 24,
                                new BigDecimal("36.36"), new BigDecimal("70.00"), false, new BigDecimal("33.64"), 0),
                        new ReportLine("11001", "Xã Gia Lộc", LearningModel.FAMILY, 27, 18, 9, new BigDecimal("33.33"),
                                null, true, null, 3)),
                List.of(new Completeness.Child("11002", "Xã Tứ Kỳ", null, Timeliness.MISSING)),
                List.of(new PastUnit("297", "Huyện Gia Lộc", UnitLevel.DISTRICT, LocalDate.of(2025, 6, 30), "Xã Gia Lộc")),
                Instant.parse("2026-03-01T03:00:00Z"));
    }

    @OnBothDatabases
    void roundTripsAReportWithItsRowsMissingChildrenAndPastUnits(Database database) {
        try (Store store = database.freshStore()) {
            Reports reports = store.persistence().reports();
            Report report = report(reports, 31, "31");
            reports.add(report);

            Report read = reports.findById(report.id()).orElseThrow();
            assertThat(read).usingRecursiveComparison().ignoringFields("lines").isEqualTo(report);
            assertThat(read.lines()).hasSize(2);
            assertThat(read.lines().get(0).rate()).isEqualByComparingTo("36.36");
            assertThat(read.lines().get(1).target()).isNull();
            assertThat(read.lines().get(1).unassigned()).isEqualTo(3);
            assertThat(read.programme()).isEqualTo(P387);
            assertThat(reports.find(new UnitId(31), P387, STATE, PHASE)).isPresent();
            assertThat(reports.find(new UnitId(31), P387, STATE, ReportPeriod.year(2025))).isEmpty();
            assertThat(reports.find(new UnitId(31), Plan.EMULATION_1315, STATE, PHASE)).isEmpty();
        }
    }

    @OnBothDatabases
    void writesChangesUnderTheVersionReadAndRefusesAStaleOne(Database database) {
        try (Store store = database.freshStore()) {
            Reports reports = store.persistence().reports();
            reports.add(report(reports, 31, "31"));
            Report first = reports.find(new UnitId(31), P387, STATE, PHASE).orElseThrow();
            Report second = reports.find(new UnitId(31), P387, STATE, PHASE).orElseThrow();

            first.submit(List.of(), Instant.parse("2026-03-30T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
            reports.update(first);
            second.deadlinePassed(Instant.parse("2026-04-01T03:00:00Z"));

            assertThatThrownBy(() -> reports.update(second)).isInstanceOf(ConflictException.class);
            Report stored = reports.findById(first.id()).orElseThrow();
            assertThat(stored.status()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(stored.missingChildren()).isEmpty();
            assertThat(stored.version()).isEqualTo(1);
        }
    }

    @OnBothDatabases
    void refusesASecondReportOfAUnitForOnePeriodAndFindsReportsOfManyUnits(Database database) {
        try (Store store = database.freshStore()) {
            Reports reports = store.persistence().reports();
            reports.add(report(reports, 31, "31"));
            reports.add(report(reports, 32, "32"));

            assertThatThrownBy(() -> reports.add(report(reports, 31, "31"))).isInstanceOf(ConflictException.class);
            assertThat(reports.findByUnits(List.of(new UnitId(31), new UnitId(32), new UnitId(33)), P387, STATE, PHASE))
                    .extracting(Report::unitCode).containsExactlyInAnyOrder("31", "32");
            assertThat(store.count("ls_report_line")).isEqualTo(4);
        }
    }

    @OnBothDatabases
    void aUnitReportsOncePerProgrammeAndPeriod(Database database) {
        try (Store store = database.freshStore()) {
            Reports reports = store.persistence().reports();
            reports.add(report(reports, 31, "31", P387));
            reports.add(report(reports, 31, "31", Plan.EMULATION_1315));

            assertThatThrownBy(() -> reports.add(report(reports, 31, "31", Plan.EMULATION_1315)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("Phong trào thi đua 1315");
            assertThat(reports.find(new UnitId(31), Plan.EMULATION_1315, STATE, PHASE)).get()
                    .extracting(Report::programme).isEqualTo(Plan.EMULATION_1315);
            assertThat(reports.findByUnits(List.of(new UnitId(31)), P387, STATE, PHASE)).extracting(Report::programme)
                    .containsExactly(P387);
        }
    }

    @OnBothDatabases
    void aUnitReportsOncePerChainTheAssociationsBesideTheStates(Database database) {
        try (Store store = database.freshStore()) {
            Reports reports = store.persistence().reports();
            reports.add(report(reports, 31, "31"));
            Report association = Report.compile(reports.nextId(), new UnitId(31), "31", "Thành phố Hải Phòng",
                    UnitLevel.PROVINCE, null, P387, ReportChain.ASSOCIATION, PHASE, LocalDate.of(2026, 6, 30),
                    List.of(), List.of(), List.of(), Instant.parse("2026-03-01T03:00:00Z"));
            reports.add(association);

            assertThatThrownBy(() -> reports.add(Report.compile(reports.nextId(), new UnitId(31), "31",
                    "Thành phố Hải Phòng", UnitLevel.PROVINCE, null, P387, ReportChain.ASSOCIATION, PHASE, null,
                    List.of(), List.of(), List.of(), Instant.parse("2026-03-02T03:00:00Z"))))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("hệ thống Hội Khuyến học");
            assertThat(reports.find(new UnitId(31), P387, ReportChain.ASSOCIATION, PHASE)).get()
                    .satisfies(r -> {
                        assertThat(r.chain()).isEqualTo(ReportChain.ASSOCIATION);
                        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
                    });
            assertThat(reports.find(new UnitId(31), P387, STATE, PHASE)).get().extracting(Report::chain)
                    .isEqualTo(STATE);
        }
    }
}
