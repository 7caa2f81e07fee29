package org.learningsociety.core.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.criteria.ClassificationRule;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Criterion;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.plan.DerivationRule;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Phase;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.plan.PlanScope;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.plan.Target;
import org.learningsociety.core.registration.DecisionId;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** Test data: a dated hierarchy across the 2025 reform, subjects, registrations, plans, criteria sets. */
final class Fixtures {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 12, 31);
    static final LocalDate AFTER_REFORM = LocalDate.of(2026, 1, 1);
    static final LocalDate START = LocalDate.of(2020, 1, 1);

    private Fixtures() {
    }

    /**
     * Việt Nam → Hải Phòng (31) → An Dương district (until the reform) → commune 11311 (until the
     * reform) → village Thôn 1; from the reform a new commune reuses the code 11311, directly under
     * Hải Phòng.
     */
    record Hierarchy(AdministrativeUnit centre, AdministrativeUnit province, AdministrativeUnit district,
            AdministrativeUnit oldCommune, AdministrativeUnit village, AdministrativeUnit newCommune) {

        List<AdministrativeUnit> all() {
            return List.of(centre, province, district, oldCommune, village, newCommune);
        }
    }

    static Hierarchy hierarchy(AdministrativeUnits units) {
        LocalDate lastDay = REFORM.minusDays(1);
        AdministrativeUnit centre = new AdministrativeUnit(units.nextId(), "VN", "Việt Nam", UnitLevel.CENTRE, null,
                Period.from(START), null);
        AdministrativeUnit province = new AdministrativeUnit(units.nextId(), "31", "Thành phố Hải Phòng",
                UnitLevel.PROVINCE, centre.id(), Period.from(START), null);
        AdministrativeUnit district = new AdministrativeUnit(units.nextId(), "303", "Huyện An Dương",
                UnitLevel.DISTRICT, province.id(), Period.between(START, lastDay), null);
        AdministrativeUnit oldCommune = new AdministrativeUnit(units.nextId(), "11311", "Xã An Hồng",
                UnitLevel.COMMUNE, district.id(), Period.between(START, lastDay), "MOUNTAINOUS");
        AdministrativeUnit village = new AdministrativeUnit(units.nextId(), "11311-01", "Thôn 1",
                UnitLevel.VILLAGE, oldCommune.id(), Period.from(START), null);
        AdministrativeUnit newCommune = new AdministrativeUnit(units.nextId(), "11311", "Phường An Dương",
                UnitLevel.COMMUNE, province.id(), Period.from(REFORM), null);
        Hierarchy hierarchy = new Hierarchy(centre, province, district, oldCommune, village, newCommune);
        units.addAll(hierarchy.all());
        return hierarchy;
    }

    static List<Subject> households(long firstId, UnitId unit, int count, String prefix) {
        List<Subject> subjects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            subjects.add(new Subject(new SubjectId(firstId + i), SubjectKind.HOUSEHOLD, unit,
                    "Hộ ông Nguyễn Văn " + prefix + i, prefix + "-" + i));
        }
        return subjects;
    }

    /** A registration with every field set: scores, evidence (with nulls), verification, decision. */
    static Registration verified(RegistrationId id, Subject subject, int year, CriteriaSetId set) {
        return new Registration(id, subject.id(), subject.model(), subject.unit(), year, set,
                Instant.parse("2025-01-15T02:30:00.123456Z"), RegistrationStatus.RECOGNISED,
                Scores.of(Map.of("1.1", 10, "1.2", 8)),
                List.of(new Evidence("1.1", "file:giay-khen.pdf", "Giấy khen của trường"),
                        new Evidence("1.2", null, null)),
                Instant.parse("2025-03-01T08:00:00Z"), true, Scores.of(Map.of("1.1", 9, "1.2", 8)),
                "Chủ tịch Hội Khuyến học xã", "Đạt; minh chứng đầy đủ", Instant.parse("2025-04-01T09:15:00Z"),
                new DecisionId(77), null, 3);
    }

    /** A registration just made: nothing assessed yet, all optional fields null or empty. */
    static Registration registered(RegistrationId id, Subject subject, int year, CriteriaSetId set) {
        return new Registration(id, subject.id(), subject.model(), subject.unit(), year, set,
                Instant.parse("2025-01-15T02:30:00Z"), RegistrationStatus.REGISTERED, Scores.empty(), List.of(),
                null, false, Scores.empty(), null, null, null, null, null, 0);
    }

    static CriteriaSet familyCriteria(String key, int validFromYear) {
        return new CriteriaSet(null, key, LearningModel.FAMILY, "448-2015", "Bộ tiêu chí Gia đình học tập",
                "Quyết định 448/QĐ-KHVN", validFromYear, true,
                List.of(new Criterion("1", "Học tập của trẻ em",
                                List.of(new Indicator("1.1", "Trẻ em đi học đúng độ tuổi", 10, true),
                                        new Indicator("1.2", "Trẻ em hoàn thành chương trình", 10, false)), 15),
                        new Criterion("2", "Học tập của người lớn",
                                List.of(new Indicator("2.1", "Người lớn tham gia học tập", 30, false)), 0)),
                new ClassificationRule(40, "Gia đình học tập"));
    }

    static Plan plan(String id, int version) {
        return new Plan(id, version, PlanStatus.ISSUED, "Ủy ban nhân dân thành phố Hải Phòng", "46/KH-UBND",
                LocalDate.of(2022, 3, 4), 2022, "Kế hoạch thực hiện Chương trình 387", new PlanScope("31", UnitLevel.PROVINCE),
                List.of("Quyết định số 387/QĐ-TTg ngày 25/3/2022", "Luật Giáo dục 2019"),
                List.of(new Phase("2021-2025", 2021, 2025), new Phase("2026-2030", 2026, 2030)),
                List.of(new PlanIndicator("FAMILY_RECOGNISED", "Tỷ lệ Gia đình học tập", LearningModel.FAMILY, "PERCENT"),
                        new PlanIndicator("CADRES_STUDIED", "Cán bộ đã học tập chỉ thị", null, null)),
                List.of(new Target("FAMILY_RECOGNISED", 2022, null, new BigDecimal("55"), "55%"),
                        new Target("FAMILY_RECOGNISED", 2025, null, new BigDecimal("70.5"), null),
                        new Target("FAMILY_RECOGNISED", 2025, "MOUNTAINOUS", new BigDecimal("60"), "miền núi"),
                        new Target("CADRES_STUDIED", 2030, null, new BigDecimal("100"), null)),
                DerivationRule.STEP,
                List.of(new Milestone("REPORT", "COMMUNE", null, null, MonthDay.of(12, 1), true, "trước ngày 01/12 hằng năm",
                                "Báo cáo kết quả"),
                        new Milestone("REVIEW", "PROVINCE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null,
                                false, "cuối quý I/2026", null)));
    }
}
