package org.learningsociety.core.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.plan.TargetValue;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.unit.UnitId;

/**
 * Phường Thành Đông in 2025: group 1 has 4 households (3 registered, 2 recognised), group 2 has 2
 * (1 registered, none recognised), group 3 has none.
 */
class AttainmentTest {

    private final Services services = Services.haiPhong(LocalDate.of(2025, 12, 20));
    private final AttainmentService attainments = services.attainmentService();

    AttainmentTest() {
        List<Subject> group1 = services.enrolFamilies("10507-TDP1", 4);
        List<Subject> group2 = services.enrolFamilies("10507-TDP2", 2);
        Registration a = services.verified(group1.get(0), 2025, CriteriaFixture.earning());
        Registration b = services.verified(group1.get(1), 2025, CriteriaFixture.earning());
        Registration c = services.verified(group1.get(2), 2025, CriteriaFixture.belowTotal());
        services.register(group2.subList(0, 1), 2025);
        services.recognising().recognise(new NewDecision("125/QĐ-UBND", LocalDate.of(2025, 12, 15), "Nguyễn Văn An",
                "10507"), 2025, LearningModel.FAMILY, List.of(a.id(), b.id()), Map.of(c.id(), "Chưa đạt 80 điểm"));
    }

    private Attainment commune() {
        return attainments.attainment("10507", 2025, LearningModel.FAMILY);
    }

    private static Attainment child(Attainment parent, UnitId id) {
        return parent.children().stream().filter(a -> a.unit().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCommuneCountsTheSubjectsRegistrationsAndRecognitionsOfAllItsVillages() {
        Attainment commune = commune();

        assertThat(commune.unit().id()).isEqualTo(UnitFixture.THANH_DONG);
        assertThat(commune.subjects()).isEqualTo(6);
        assertThat(commune.registered()).isEqualTo(4);
        assertThat(commune.recognised()).isEqualTo(2);
    }

    @Test
    void theRateIsTheRecognisedShareOfAllSubjectsInPercent() {
        assertThat(commune().rate()).isEqualByComparingTo("33.33");
    }

    @Test
    void theTargetIsThePlansForTheYearAndTheGapIsWhatIsStillShort() {
        Attainment commune = commune();

        assertThat(commune.target().value()).isEqualByComparingTo("70");
        assertThat(commune.target().source()).isEqualTo(TargetValue.Source.STATED);
        assertThat(commune.target().planId()).isEqualTo("hai-phong-46-kh-ubnd-2022");
        assertThat(commune.gap()).isEqualByComparingTo("36.67");
    }

    @Test
    void everyVillageOfTheCommuneHasItsOwnLine() {
        assertThat(commune().children()).extracting(a -> a.unit().id())
                .containsExactlyInAnyOrder(UnitFixture.GROUP_1, UnitFixture.GROUP_2, UnitFixture.GROUP_3);
    }

    @Test
    void aVillageWithRecognisedHouseholdsHasItsRateTargetAndGap() {
        Attainment group1 = child(commune(), UnitFixture.GROUP_1);

        assertThat(group1.subjects()).isEqualTo(4);
        assertThat(group1.registered()).isEqualTo(3);
        assertThat(group1.recognised()).isEqualTo(2);
        assertThat(group1.rate()).isEqualByComparingTo("50");
        assertThat(group1.target().value()).isEqualByComparingTo("70");
        assertThat(group1.gap()).isEqualByComparingTo("20");
    }

    @Test
    void aVillageWithSubjectsButNoRecognitionHasARateOfZero() {
        Attainment group2 = child(commune(), UnitFixture.GROUP_2);

        assertThat(group2.subjects()).isEqualTo(2);
        assertThat(group2.registered()).isEqualTo(1);
        assertThat(group2.recognised()).isZero();
        assertThat(group2.rate()).isEqualByComparingTo("0");
        assertThat(group2.gap()).isEqualByComparingTo("70");
    }

    @Test
    void aVillageWithoutSubjectsHasNoRateAndNoGapButStillItsTarget() {
        Attainment group3 = child(commune(), UnitFixture.GROUP_3);

        assertThat(group3.subjects()).isZero();
        assertThat(group3.rate()).isNull();
        assertThat(group3.gap()).isNull();
        assertThat(group3.target().value()).isEqualByComparingTo("70");
    }

    @Test
    void onlyTheModelAskedForIsCounted() {
        services.subjectCatalogue().add(new NewSubject(LearningModel.CLAN, "10507-TDP1", "Dòng họ Nguyễn", "DH-1"));

        assertThat(commune().subjects()).isEqualTo(6);
        Attainment clans = attainments.attainment("10507", 2025, LearningModel.CLAN);
        assertThat(clans.subjects()).isEqualTo(1);
        assertThat(clans.rate()).isEqualByComparingTo("0");
        assertThat(clans.target().value()).isEqualByComparingTo("65");
    }

    @Test
    void onlyTheYearAskedForIsCounted() {
        services.clock().setDate(LocalDate.of(2026, 3, 1));
        services.register(services.subjects().all().subList(0, 2), 2026);

        Attainment next = attainments.attainment("10507", 2026, LearningModel.FAMILY);

        assertThat(next.subjects()).isEqualTo(6);
        assertThat(next.registered()).isEqualTo(2);
        assertThat(next.recognised()).isZero();
        assertThat(commune().registered()).isEqualTo(4);
    }

    @Test
    void aYearWithoutAStatedTargetReportsTheDerivedOne() {
        services.clock().setDate(LocalDate.of(2027, 3, 1));

        Attainment attainment = attainments.attainment("10507", 2027, LearningModel.FAMILY);

        assertThat(attainment.target().value()).isEqualByComparingTo("74");
        assertThat(attainment.target().isDerived()).isTrue();
        assertThat(attainment.gap()).isEqualByComparingTo("74");
    }

    @Test
    void aCommuneWithoutSubjectsHasNoRate() {
        Attainment empty = attainments.attainment("10532", 2025, LearningModel.FAMILY);

        assertThat(empty.subjects()).isZero();
        assertThat(empty.rate()).isNull();
        assertThat(empty.gap()).isNull();
        assertThat(empty.children()).isEmpty();
    }

    @Test
    void aReportOfAPastYearTakesTheHierarchyAsItStoodAtTheYearsEnd() {
        services.clock().setDate(LocalDate.of(2027, 3, 1));

        assertThat(attainments.reportDate(2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(attainments.reportDate(2027)).isEqualTo(LocalDate.of(2027, 3, 1));
    }
}
