package org.learningsociety.core.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.RowOutcome;
import org.learningsociety.core.shared.RowOutcome.Change;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;
import org.learningsociety.core.subject.VillageSubjects.Row;

class SendingAVillagesSubjectsTest {

    private static final String VILLAGE = "10507-TDP1";

    private final Services services = Services.haiPhong();
    private final VillageSubjects village = services.villageSubjects();

    @Test
    void addsNewSubjectsRenamesChangedOnesAndLeavesTheOthers() {
        village.upsert(VILLAGE, LearningModel.FAMILY, List.of(new Row(1, "HGD-1", "Hộ ông Lê Văn Tám"),
                new Row(2, "HGD-2", "Hộ bà Phạm Thị Lan")));

        List<RowOutcome> outcomes = village.upsert(VILLAGE, LearningModel.FAMILY, List.of(
                new Row(1, "HGD-1", "Hộ ông Lê Văn Tám"), new Row(2, "HGD-2", "Hộ bà Phạm Thị Lan (con dâu)"),
                new Row(3, "HGD-3", "Hộ ông Đỗ Văn Hùng")));

        assertThat(outcomes).extracting(RowOutcome::row, RowOutcome::externalId, RowOutcome::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "HGD-1", Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple(2, "HGD-2", Change.UPDATED),
                org.assertj.core.groups.Tuple.tuple(3, "HGD-3", Change.CREATED));
        assertThat(services.subjects().findByExternalId(LearningModel.FAMILY, "HGD-2")).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("Hộ bà Phạm Thị Lan (con dâu)");
            assertThat(s.id().value()).isEqualTo(outcomes.get(1).id());
        });
        assertThat(services.subjects().all()).hasSize(3);
        assertThat(services.auditTrail().all()).filteredOn(r -> r.action() == AuditAction.SUBJECT_RENAMED)
                .singleElement().satisfies(r -> assertThat(r.before()).isEqualTo("Hộ bà Phạm Thị Lan"));
    }

    @Test
    void theSameListSentAgainChangesNothing() {
        List<Row> rows = List.of(new Row(1, "HGD-1", "Hộ ông Lê Văn Tám"), new Row(2, "HGD-2", "Hộ bà Phạm Thị Lan"));
        village.upsert(VILLAGE, LearningModel.FAMILY, rows);
        Object before = services.state();

        assertThat(village.upsert(VILLAGE, LearningModel.FAMILY, rows)).extracting(RowOutcome::outcome)
                .containsOnly(Change.UNCHANGED);
        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesTheWholeListListingEveryBadRowAndStoresNothing() {
        village.upsert("10507-TDP2", LearningModel.FAMILY, List.of(new Row(1, "HGD-TDP2", "Hộ của tổ 2")));
        Object before = services.state();

        RowsRefusedException refused = (RowsRefusedException) catchRefusal(() -> village.upsert(VILLAGE,
                LearningModel.FAMILY, List.of(new Row(1, "HGD-1", "Hộ mới"), new Row(2, "HGD-TDP2", "Hộ của tổ 2"),
                        new Row(3, "HGD-1", "Hộ trùng"), new Row(4, " ", "Hộ không mã"), new Row(5, "HGD-5", ""))));

        assertThat(refused.rows()).extracting(RowRefusal::row, RowRefusal::field, RowRefusal::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "externalId", "HGD-1"),
                org.assertj.core.groups.Tuple.tuple(4, "externalId", " "),
                org.assertj.core.groups.Tuple.tuple(5, "name", ""),
                org.assertj.core.groups.Tuple.tuple(2, "externalId", "HGD-TDP2"));
        assertThat(refused.rows().get(3).detail()).contains("đơn vị khác");
        assertThat(refused.getMessage()).contains("dòng 3");
        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAUnitThatIsNoVillage() {
        assertThatThrownBy(() -> village.upsert("10507", LearningModel.FAMILY, List.of(new Row(1, "HGD-1", "Hộ"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("không phải thôn, tổ dân phố");
    }

    @Test
    void aVillageOfAnotherCommuneIsAnotherUnit() {
        services.unitDirectory().addVillage("10532-T1", "Thôn Một", "10532", LocalDate.of(2025, 7, 1));
        village.upsert("10532-T1", LearningModel.FAMILY, List.of(new Row(1, "HGD-LTN", "Hộ ở Lê Thanh Nghị")));

        RowsRefusedException refused = (RowsRefusedException) catchRefusal(() -> village.upsert(VILLAGE,
                LearningModel.FAMILY, List.of(new Row(1, "HGD-LTN", "Hộ ở Lê Thanh Nghị"))));

        assertThat(refused.rows()).singleElement().extracting(RowRefusal::row).isEqualTo(1);
    }

    private static InvalidInputException catchRefusal(Runnable action) {
        try {
            action.run();
        } catch (RowsRefusedException e) {
            return e;
        }
        throw new AssertionError("expected the list to be refused");
    }
}
