package org.learningsociety.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

class AddingVillagesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate MOVE = LocalDate.of(2026, 1, 1);

    private final Services services = Services.haiPhong();
    private final UnitDirectory directory = services.unitDirectory();

    @Test
    void addsAVillageUnderACommuneFromItsDate() {
        AdministrativeUnit village = directory.addVillage("10507-TDP4", "Tổ dân phố số 4", "10507", FROM);

        assertThat(village.level()).isEqualTo(UnitLevel.VILLAGE);
        assertThat(village.parent()).isEqualTo(UnitFixture.THANH_DONG);
        assertThat(village.validity()).isEqualTo(Period.from(FROM));
        assertThat(directory.unitOn("10507-TDP4", FROM)).isEqualTo(village);
        assertThat(services.units().findByCode("10507-TDP4", FROM.minusDays(1))).isEmpty();
    }

    @Test
    void refusesAVillageUnderSomethingThatIsNotACommune() {
        Object before = services.state();

        refused("parentCode", "31", () -> directory.addVillage("31-T1", "Thôn 1", "31", FROM));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAVillageUnderACommuneThatDidNotExistOnTheDate() {
        Object before = services.state();

        refused(NotFoundException.class, "parentCode", "10532",
                () -> directory.addVillage("10532-T1", "Thôn 1", "10532", LocalDate.of(2024, 1, 1)));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAVillageCodeAlreadyInUseOnTheDate() {
        Object before = services.state();

        refused(ConflictException.class, "code", "10507-TDP1",
                () -> directory.addVillage("10507-TDP1", "Tổ dân phố số 1 mới", "10507", FROM));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void aVillageMovedUnderAnotherCommuneKeepsItsIdentity() {
        services.clock().setDate(MOVE);

        AdministrativeUnit moved = directory.moveUnder(UnitFixture.GROUP_3, "10532", MOVE);

        assertThat(moved.id()).isEqualTo(UnitFixture.GROUP_3);
        assertThat(moved.code()).isEqualTo("10507-TDP3");
        assertThat(directory.unitOn(UnitFixture.GROUP_3, MOVE).parent()).isEqualTo(UnitFixture.LE_THANH_NGHI);
        assertThat(services.units().versionsOf(UnitFixture.GROUP_3)).hasSize(2);
    }

    @Test
    void aMovedVillageStaysUnderItsOldParentForOldDates() {
        directory.moveUnder(UnitFixture.GROUP_3, "10532", MOVE);

        assertThat(directory.unitOn(UnitFixture.GROUP_3, MOVE.minusDays(1)).parent()).isEqualTo(UnitFixture.THANH_DONG);
        assertThat(directory.childrenOf(UnitFixture.thanhDong(), MOVE.minusDays(1)))
                .extracting(AdministrativeUnit::id).contains(UnitFixture.GROUP_3);
        assertThat(directory.childrenOf(UnitFixture.thanhDong(), MOVE))
                .extracting(AdministrativeUnit::id).doesNotContain(UnitFixture.GROUP_3);
    }

    @Test
    void aMovedVillagesOlderRecordsCountUnderTheOldParentForTheOldYear() {
        List<Subject> households = services.enrolFamilies("10507-TDP3", 2);
        Registration recognised = services.verified(households.get(0), 2025, CriteriaFixture.earning());
        services.recognise(2025, "15/QĐ-UBND", List.of(recognised.id()));
        services.clock().setDate(LocalDate.of(2026, 3, 1));

        directory.moveUnder(UnitFixture.GROUP_3, "10532", MOVE);

        Attainment oldParent2025 = services.attainmentService().attainment("10507", 2025, LearningModel.FAMILY);
        Attainment newParent2025 = services.attainmentService().attainment("10532", 2025, LearningModel.FAMILY);
        Attainment newParent2026 = services.attainmentService().attainment("10532", 2026, LearningModel.FAMILY);
        assertThat(oldParent2025.recognised()).isEqualTo(1);
        assertThat(oldParent2025.children()).extracting(a -> a.unit().id()).contains(UnitFixture.GROUP_3);
        assertThat(newParent2025.recognised()).isZero();
        assertThat(newParent2025.subjects()).isZero();
        assertThat(newParent2026.subjects()).isEqualTo(2);
        assertThat(newParent2026.children()).extracting(a -> a.unit().id()).containsExactly(UnitFixture.GROUP_3);
        assertThat(services.registrations().findById(recognised.id()).orElseThrow().unit())
                .isEqualTo(UnitFixture.GROUP_3);
    }

    @Test
    void refusesMovingAVillageUnderSomethingThatIsNotACommune() {
        Object before = services.state();

        refused("parentCode", "31", () -> directory.moveUnder(UnitFixture.GROUP_3, "31", MOVE));

        assertThat(services.state()).isEqualTo(before);
    }
}
