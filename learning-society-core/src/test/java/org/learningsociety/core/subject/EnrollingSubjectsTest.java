package org.learningsociety.core.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;

class EnrollingSubjectsTest {

    private final Services services = Services.haiPhong();
    private final SubjectCatalogue catalogue = services.subjectCatalogue();

    @Test
    void enrolsHouseholdsUnderAVillageByItsCurrentCode() {
        List<Subject> added = catalogue.addAll(List.of(
                new NewSubject(LearningModel.FAMILY, "10507-TDP1", "Hộ ông Nguyễn Văn Bình", "HGD-001"),
                new NewSubject(LearningModel.FAMILY, "10507-TDP1", "Hộ bà Trần Thị Cúc", "HGD-002")));

        assertThat(added).extracting(Subject::unit).containsOnly(UnitFixture.GROUP_1);
        assertThat(added).extracting(Subject::kind).containsOnly(SubjectKind.HOUSEHOLD);
        assertThat(added).extracting(Subject::id).doesNotHaveDuplicates();
        assertThat(services.subjects().all()).containsExactlyElementsOf(added);
    }

    @Test
    void aCommunityIsTheVillageItselfOrTheLocality() {
        Subject village = catalogue.add(new NewSubject(LearningModel.COMMUNITY, "10507-TDP2", "Tổ dân phố số 2", "CD-TDP2"));
        Subject commune = catalogue.add(new NewSubject(LearningModel.COMMUNITY, "10507", "Phường Thành Đông", "CD-10507"));

        assertThat(village.kind()).isEqualTo(SubjectKind.VILLAGE_COMMUNITY);
        assertThat(commune.kind()).isEqualTo(SubjectKind.LOCALITY_COMMUNITY);
    }

    @Test
    void refusesAUnitCodeThatMeansNoUnitToday() {
        Object before = services.state();

        refused(NotFoundException.class, "unitCode", "288", () -> catalogue.add(
                new NewSubject(LearningModel.FAMILY, "288", "Hộ ông Bình", "HGD-001")));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAHouseholdUnderAProvince() {
        Object before = services.state();

        refused("unitCode", "31", () -> catalogue.add(new NewSubject(LearningModel.FAMILY, "31", "Hộ ông Bình", "HGD-001")));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesTheSameExternalIdTwiceInOneBatchAndWritesNoneOfIt() {
        Object before = services.state();

        refused(ConflictException.class, "externalId", "HGD-001", () -> catalogue.addAll(List.of(
                new NewSubject(LearningModel.FAMILY, "10507-TDP1", "Hộ ông Bình", "HGD-001"),
                new NewSubject(LearningModel.FAMILY, "10507-TDP2", "Hộ ông Bình (trùng)", "HGD-001"))));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAnExternalIdAlreadyEnrolledForTheModel() {
        catalogue.add(new NewSubject(LearningModel.FAMILY, "10507-TDP1", "Hộ ông Bình", "HGD-001"));
        Object before = services.state();

        refused(ConflictException.class, "externalId", "HGD-001", () -> catalogue.add(
                new NewSubject(LearningModel.FAMILY, "10507-TDP2", "Hộ ông Bình", "HGD-001")));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void theSameExternalIdMayServeAnotherModel() {
        catalogue.add(new NewSubject(LearningModel.FAMILY, "10507-TDP1", "Hộ ông Bình", "X-1"));

        Subject clan = catalogue.add(new NewSubject(LearningModel.CLAN, "10507-TDP1", "Dòng họ Nguyễn", "X-1"));

        assertThat(clan.kind()).isEqualTo(SubjectKind.CLAN);
    }

    @Test
    void refusesASubjectWithoutAModel() {
        refused("model", null, () -> catalogue.add(new NewSubject(null, "10507-TDP1", "Hộ ông Bình", "HGD-001")));
    }

    @Test
    void refusesABlankName() {
        Object before = services.state();

        refused("name", " ", () -> catalogue.add(new NewSubject(LearningModel.FAMILY, "10507-TDP1", " ", "HGD-001")));

        assertThat(services.state()).isEqualTo(before);
    }
}
