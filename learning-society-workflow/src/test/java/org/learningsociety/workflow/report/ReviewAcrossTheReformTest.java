package org.learningsociety.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.attainment.ReformRollUp;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.plan.DerivationRule;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Phase;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.plan.PlanScope;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.plan.Target;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.report.PastUnit;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.report.ReportLine;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.report.ReportStatus;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.EmbeddedPostgresServer;
import org.learningsociety.workflow.export.RecognitionCertificate;
import org.learningsociety.workflow.export.ReportWorkbook;
import org.learningsociety.workflow.export.Signature;

/**
 * The 2021–2025 review of a province across the 1 July 2025 reform, on H2 and on PostgreSQL: an old
 * province with 2 districts and 4 communes (to 30/6/2025), today's province with 2 communes (whole
 * successions), 12 villages moved under the new communes; 2021–2025 registrations in villages and
 * in the old communes. The province's report is the sum of its communes', and so are its Excel
 * export and the certificate's text.
 */
class ReviewAcrossTheReformTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final ReportPeriod PHASE = ReportPeriod.phase(2021, 2025);
    private static final List<LearningModel> MODELS = List.of(LearningModel.FAMILY, LearningModel.CLAN);

    private static HikariDataSource dataSource(String database) {
        HikariDataSource pool = new HikariDataSource();
        if (database.equals("H2")) {
            pool.setJdbcUrl("jdbc:h2:mem:review-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
        } else {
            pool.setJdbcUrl(EmbeddedPostgresServer.newDatabase("ls_review"));
            pool.setUsername("postgres");
            pool.setPassword("postgres");
        }
        pool.setMaximumPoolSize(8);
        return pool;
    }

    /** The units, subjects and records of the review; returns the new communes' codes by name. */
    private static final class Area {
        final Map<String, AdministrativeUnit> units = new HashMap<>();
        final List<Subject> subjects = new ArrayList<>();
        final List<Registration> registrations = new ArrayList<>();
        final Map<String, long[]> expected2025 = new HashMap<>(); // new commune code -> subjects, registered, recognised
        Decision decision;
        Subject recognisedHousehold;
    }

    private static AdministrativeUnit unit(AdministrativeUnits units, Area area, String code, String name,
            UnitLevel level, AdministrativeUnit parent, Period validity) {
        AdministrativeUnit unit = new AdministrativeUnit(units.nextId(), code, name, level,
                parent == null ? null : parent.id(), validity, null);
        area.units.put(code, unit);
        return unit;
    }

    private static Area build(MyBatisPersistence persistence) {
        AdministrativeUnits units = persistence.units();
        Area area = new Area();
        Period old = Period.between(START, REFORM.minusDays(1));
        AdministrativeUnit centre = unit(units, area, "VN", "Việt Nam", UnitLevel.CENTRE, null, Period.from(START));
        AdministrativeUnit oldProvince = unit(units, area, "30", "Tỉnh Hải Dương", UnitLevel.PROVINCE, centre, old);
        AdministrativeUnit giaLoc = unit(units, area, "297", "Huyện Gia Lộc", UnitLevel.DISTRICT, oldProvince, old);
        AdministrativeUnit tuKy = unit(units, area, "298", "Huyện Tứ Kỳ", UnitLevel.DISTRICT, oldProvince, old);
        AdministrativeUnit[] oldCommunes = {
            unit(units, area, "10801", "Xã Gia Tân", UnitLevel.COMMUNE, giaLoc, old),
            unit(units, area, "10802", "Xã Gia Khánh", UnitLevel.COMMUNE, giaLoc, old),
            unit(units, area, "10803", "Xã Tứ Xuyên", UnitLevel.COMMUNE, tuKy, old),
            unit(units, area, "10804", "Xã Đại Sơn", UnitLevel.COMMUNE, tuKy, old)};
        AdministrativeUnit province = unit(units, area, "31", "Thành phố Hải Phòng", UnitLevel.PROVINCE, centre,
                Period.from(REFORM));
        AdministrativeUnit[] newCommunes = {
            unit(units, area, "11001", "Xã Gia Lộc", UnitLevel.COMMUNE, province, Period.from(REFORM)),
            unit(units, area, "11002", "Xã Tứ Kỳ", UnitLevel.COMMUNE, province, Period.from(REFORM))};
        List<AdministrativeUnit> versions = new ArrayList<>(area.units.values());
        List<Succession> successions = new ArrayList<>();
        successions.add(new Succession(oldProvince.id(), province.id(), REFORM, Succession.Kind.WHOLE));
        long subjectId = 1;
        long registrationId = 1;
        area.decision = new Decision(new DecisionId(1), Decision.Kind.RECOGNITION, "25/QĐ-UBND",
                LocalDate.of(2025, 12, 15), "Nguyễn Văn An", newCommunes[0].id(), 2025, LearningModel.FAMILY, null);
        for (int c = 0; c < 4; c++) {
            AdministrativeUnit oldCommune = oldCommunes[c];
            AdministrativeUnit newCommune = newCommunes[c / 2];
            successions.add(new Succession(oldCommune.id(), newCommune.id(), REFORM, Succession.Kind.WHOLE));
            long[] expected = area.expected2025.computeIfAbsent(newCommune.code(), k -> new long[3]);
            // a clan registered at the old commune: rolled into the new commune by the succession
            Subject clan = new Subject(new SubjectId(subjectId++), SubjectKind.CLAN, oldCommune.id(),
                    "Dòng họ Nguyễn " + oldCommune.name(), "CLAN-" + oldCommune.code());
            area.subjects.add(clan);
            area.registrations.add(record(registrationId++, clan, 2025, true));
            for (int v = 1; v <= 3; v++) {
                UnitId villageId = units.nextId();
                String code = oldCommune.code() + "-0" + v;
                String name = "Thôn " + v + " " + oldCommune.name().substring(4);
                versions.add(new AdministrativeUnit(villageId, code, name, UnitLevel.VILLAGE, oldCommune.id(), old, null));
                versions.add(new AdministrativeUnit(villageId, code, name, UnitLevel.VILLAGE, newCommune.id(),
                        Period.from(REFORM), null));
                int households = 2 + c + v; // 3 to 8 households a village
                for (int h = 0; h < households; h++) {
                    Subject household = new Subject(new SubjectId(subjectId++), SubjectKind.HOUSEHOLD, villageId,
                            "Hộ ông Trần Văn " + code + "/" + h, code + "/HGD-" + h);
                    area.subjects.add(household);
                    expected[0]++;
                    boolean registered2025 = h % 3 != 2;
                    boolean recognised2025 = h % 3 == 0;
                    if (registered2025) {
                        area.registrations.add(record(registrationId++, household, 2025, recognised2025));
                        expected[1]++;
                        if (recognised2025) {
                            expected[2]++;
                            if (area.recognisedHousehold == null) {
                                area.recognisedHousehold = household;
                            }
                        }
                    }
                    area.registrations.add(record(registrationId++, household, 2022 + (h % 3), h % 2 == 0));
                }
            }
        }
        units.addAll(versions);
        units.addSuccessions(successions);
        persistence.subjects().addAll(area.subjects);
        persistence.registrations().addAll(area.registrations);
        persistence.decisions().add(area.decision);
        persistence.plans().save(plan());
        return area;
    }

    private static Registration record(long id, Subject subject, int year, boolean recognised) {
        return new Registration(new RegistrationId(id), subject.id(), subject.model(), subject.unit(), year,
                new CriteriaSetId(1), Instant.parse(year + "-02-01T02:00:00Z"),
                recognised ? RegistrationStatus.RECOGNISED : RegistrationStatus.REGISTERED, Scores.empty(), List.of(),
                null, false, Scores.empty(), null, null, null, recognised ? new DecisionId(1) : null, null, 0);
    }

    /** Programme 387 as Hải Phòng states it, with its 2025 review dates: communes by 15/2, the city by 31/3/2026. */
    private static Plan plan() {
        return new Plan("hai-phong-test", 1, PlanStatus.ISSUED, "Ủy ban nhân dân thành phố Hải Phòng", "46/KH-UBND",
                LocalDate.of(2022, 3, 4), 2022, "Kế hoạch thực hiện Chương trình 387",
                new PlanScope("31", UnitLevel.PROVINCE), List.of("Quyết định số 387/QĐ-TTg"),
                List.of(new Phase("2021-2025", 2021, 2025), new Phase("2026-2030", 2026, 2030)),
                List.of(new PlanIndicator("FAMILY_RECOGNISED", "Tỷ lệ Gia đình học tập", LearningModel.FAMILY, "PERCENT"),
                        new PlanIndicator("CLAN_RECOGNISED", "Tỷ lệ Dòng họ học tập", LearningModel.CLAN, "PERCENT")),
                List.of(new Target("FAMILY_RECOGNISED", 2025, null, new BigDecimal("70"), "70%"),
                        new Target("CLAN_RECOGNISED", 2025, null, new BigDecimal("65"), "65%")),
                DerivationRule.STEP,
                List.of(new Milestone("REVIEW_2025", "COMMUNE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 15),
                                null, false, "các xã sơ kết đầu quý I năm 2026", "Sơ kết cấp xã"),
                        new Milestone("REVIEW_2025", "PROVINCE", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 31),
                                null, false, "thành phố sơ kết vào cuối quý I năm 2026", "Sơ kết cấp thành phố")));
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(String iso) {
            now = Instant.parse(iso);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static ReportService service(MyBatisPersistence persistence, Clock clock) {
        UnitDirectory units = new UnitDirectory(persistence.units(), persistence.transactions(), clock);
        PlanDirectory plans = new PlanDirectory(persistence.plans(), units);
        AttainmentService attainment = new AttainmentService(persistence.attainmentCounts(), units, plans,
                new ReformRollUp(persistence.units()), clock);
        return new ReportService(persistence.reports(), attainment, units, persistence.units(),
                new ReportDeadlines(plans), persistence.transactions(), DomainEvents.NONE, clock);
    }

    private static ReportLine total(Report report, LearningModel model) {
        return report.totals().stream().filter(l -> l.model() == model).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "POSTGRESQL"})
    void theProvincesReviewIsTheSumOfItsCommunesAcrossTheReformAndSoAreItsExports(String database) throws Exception {
        try (HikariDataSource dataSource = dataSource(database)) {
            MyBatisPersistence persistence = MyBatisPersistence.create(dataSource);
            persistence.migrate();
            Area area = build(persistence);
            MovableClock clock = new MovableClock("2026-02-10T02:00:00Z");
            ReportService reports = service(persistence, clock);

            // the city compiles first: its communes have not reported and their deadline (15/2) is ahead
            Report city = reports.compile("31", PHASE, MODELS);
            assertThat(city.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(city.missingChildren()).extracting(c -> c.unitCode()).containsExactly("11001", "11002");
            assertThatThrownBy(() -> reports.submit(city.id())).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Xã Gia Lộc");

            List<Report> communes = new ArrayList<>();
            for (String code : List.of("11001", "11002")) {
                Report commune = reports.compile(code, PHASE, MODELS);
                assertThat(commune.deadline()).isEqualTo(LocalDate.of(2026, 2, 15));
                reports.submit(commune.id());
                reports.approve(commune.id(), "Phạm Thị Dung");
                communes.add(reports.report(commune.id()));
                long[] expected = area.expected2025.get(code);
                ReportLine family = total(commune, LearningModel.FAMILY);
                assertThat(new long[] {family.subjects(), family.registered(), family.recognised()}).containsExactly(expected);
                assertThat(total(commune, LearningModel.CLAN).recognised()).isEqualTo(2); // the two old communes' clans
            }
            assertThat(communes).allSatisfy(c -> assertThat(c.status()).isEqualTo(ReportStatus.APPROVED));

            Report compiled = reports.compile("31", PHASE, MODELS);
            assertThat(compiled.missingChildren()).isEmpty();
            reports.submit(compiled.id());
            Report province = reports.report(compiled.id());
            assertThat(province.status()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(province.late()).isFalse();

            for (LearningModel model : MODELS) {
                ReportLine sum = total(province, model);
                assertThat(sum.subjects()).isEqualTo(communes.stream().mapToLong(c -> total(c, model).subjects()).sum());
                assertThat(sum.registered()).isEqualTo(communes.stream().mapToLong(c -> total(c, model).registered()).sum());
                assertThat(sum.recognised()).isEqualTo(communes.stream().mapToLong(c -> total(c, model).recognised()).sum());
            }
            ReportLine family = total(province, LearningModel.FAMILY);
            assertThat(family.subjects()).isEqualTo(66); // 12 villages of 3 to 8 households
            assertThat(family.target()).isEqualByComparingTo("70");

            // the history section: the old province, its districts and communes, and what they went into
            assertThat(province.history()).extracting(PastUnit::name, PastUnit::wentInto).contains(
                    org.assertj.core.groups.Tuple.tuple("Tỉnh Hải Dương", "Thành phố Hải Phòng"),
                    org.assertj.core.groups.Tuple.tuple("Huyện Gia Lộc", "Xã Gia Lộc"),
                    org.assertj.core.groups.Tuple.tuple("Huyện Tứ Kỳ", "Xã Tứ Kỳ"),
                    org.assertj.core.groups.Tuple.tuple("Xã Đại Sơn", "Xã Tứ Kỳ"));
            assertThat(province.history()).hasSize(7);

            // the Excel workbook holds the same numbers
            ByteArrayOutputStream excel = new ByteArrayOutputStream();
            ReportWorkbook.write(province, new Signature("Hải Phòng", LocalDate.of(2026, 3, 20),
                    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Cường"), excel);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
                Sheet sheet = workbook.getSheet(ReportWorkbook.SHEET);
                Map<String, double[]> rows = new HashMap<>();
                boolean headingsSeen = false;
                for (Row row : sheet) {
                    if (row.getCell(1) == null) {
                        continue;
                    }
                    if (row.getCell(0) != null && "STT".equals(row.getCell(0).getStringCellValue())) {
                        headingsSeen = true;
                        for (int c = 0; c < ReportWorkbook.HEADINGS.size(); c++) {
                            assertThat(row.getCell(c).getStringCellValue()).isEqualTo(ReportWorkbook.HEADINGS.get(c));
                        }
                        continue;
                    }
                    if (headingsSeen && row.getCell(5) != null
                            && row.getCell(5).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        rows.put(row.getCell(1).getStringCellValue() + "|" + row.getCell(2).getStringCellValue(),
                                new double[] {row.getCell(3).getNumericCellValue(), row.getCell(4).getNumericCellValue(),
                                    row.getCell(5).getNumericCellValue()});
                    }
                }
                assertThat(rows.get(ReportWorkbook.TOTAL + " (Thành phố Hải Phòng)|Gia đình học tập"))
                        .containsExactly(family.subjects(), family.registered(), family.recognised());
                for (Report commune : communes) {
                    ReportLine line = total(commune, LearningModel.FAMILY);
                    assertThat(rows.get(commune.unitName() + "|Gia đình học tập"))
                            .containsExactly(line.subjects(), line.registered(), line.recognised());
                }
                String all = sheetText(sheet);
                assertThat(all).contains("Báo cáo sơ kết 5 năm".toUpperCase(java.util.Locale.forLanguageTag("vi")),
                        "giai đoạn 2021–2025", "Huyện Gia Lộc", "TM. ỦY BAN NHÂN DÂN", "Lê Văn Cường",
                        "Hải Phòng, ngày 20 tháng 3 năm 2026");
            }

            // the recognition decision's certificate reads back as written
            RecognitionCertificate certificate = new RecognitionCertificate(area.decision, "Xã Gia Lộc",
                    area.recognisedHousehold.name(), LearningModel.FAMILY,
                    new Signature("Gia Lộc", LocalDate.of(2025, 12, 15), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                            "Nguyễn Văn An"));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            certificate.write(pdf);
            PdfReader reader = new PdfReader(pdf.toByteArray());
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertThat(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                    .isEqualTo(certificate.lines());
            assertThat(text).contains("Gia đình học tập", "Ủy ban nhân dân", "Công nhận", "GIẤY CÔNG NHẬN",
                    "25/QĐ-UBND");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "POSTGRESQL"})
    void afterTheCommunesDeadlineTheCityReportsWithTheMissingListedAndIsSentBackWithAReason(String database) {
        try (HikariDataSource dataSource = dataSource(database)) {
            MyBatisPersistence persistence = MyBatisPersistence.create(dataSource);
            persistence.migrate();
            build(persistence);
            MovableClock clock = new MovableClock("2026-02-10T02:00:00Z");
            ReportService reports = service(persistence, clock);
            Report giaLoc = reports.compile("11001", PHASE, MODELS);
            reports.submit(giaLoc.id());

            clock.now = Instant.parse("2026-02-16T02:00:00Z");
            Report tuKy = reports.deadlinePassed("11002", PHASE);
            assertThat(tuKy.status()).isEqualTo(ReportStatus.MISSING);
            Report city = reports.compile("31", PHASE, MODELS);
            reports.submit(city.id());
            assertThat(reports.report(city.id()).missingChildren()).extracting(c -> c.unitName())
                    .containsExactly("Xã Tứ Kỳ");

            assertThatThrownBy(() -> reports.sendBack(city.id(), "Bộ Giáo dục và Đào tạo", " "))
                    .hasMessageContaining("lý do");
            reports.sendBack(city.id(), "Bộ Giáo dục và Đào tạo", "Thiếu báo cáo của Xã Tứ Kỳ");
            assertThat(reports.report(city.id()).sentBackReason()).isEqualTo("Thiếu báo cáo của Xã Tứ Kỳ");

            // Tứ Kỳ reports late; the city compiles again and sends it, complete this time
            clock.now = Instant.parse("2026-02-20T02:00:00Z");
            reports.compile("11002", PHASE, MODELS);
            reports.submit(reports.find("11002", PHASE).orElseThrow().id());
            assertThat(reports.find("11002", PHASE).orElseThrow().late()).isTrue();
            assertThat(reports.completeness("31", PHASE).late()).extracting(c -> c.unitName()).containsExactly("Xã Tứ Kỳ");
            reports.compile("31", PHASE, MODELS);
            reports.submit(city.id());
            Report resent = reports.report(city.id());
            assertThat(resent.status()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(resent.missingChildren()).isEmpty();
        }
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            });
        }
        return text.toString();
    }
}
