package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.VillageAssessments.EvidenceItem;
import org.learningsociety.core.registration.VillageAssessments.Score;
import org.learningsociety.core.shared.RowOutcome;
import org.learningsociety.core.shared.RowOutcome.Change;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

/** A village's roll and assessments for a year, sent as one list: all rows or none, the same list twice a no-op. */
class SendingAVillagesListTest {

    private static final String VILLAGE = "10507-TDP1";
    private static final LearningModel FAMILY = LearningModel.FAMILY;

    private final Services services = Services.haiPhong();
    private final VillageRoll roll = services.villageRoll();
    private final VillageAssessments assessments = services.villageAssessments();
    private final List<Subject> households = services.enrolFamilies(VILLAGE, 3);
    private final List<Subject> elsewhere = services.enrolFamilies("10507-TDP2", 1);

    private List<VillageRoll.Row> rollOf(List<Subject> subjects) {
        List<VillageRoll.Row> rows = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            rows.add(new VillageRoll.Row(i + 1, subjects.get(i).externalId()));
        }
        return rows;
    }

    private static List<Score> scoresOf(Scores scores) {
        return scores.asMap().entrySet().stream().map(e -> new Score(e.getKey(), e.getValue())).toList();
    }

    private static List<EvidenceItem> evidence() {
        return CriteriaFixture.evidence().stream().map(e -> new EvidenceItem(e.indicator(), e.reference(), e.title()))
                .toList();
    }

    private VillageAssessments.Row row(int row, Subject subject, Scores scores) {
        return new VillageAssessments.Row(row, subject.externalId(), scoresOf(scores), evidence(), "Đủ minh chứng");
    }

    @Test
    void registersTheNewOnesAndLeavesThoseAlreadyRegistered() {
        roll.register(VILLAGE, 2025, FAMILY, rollOf(households.subList(0, 1)));

        List<RowOutcome> outcomes = roll.register(VILLAGE, 2025, FAMILY, rollOf(households));

        assertThat(outcomes).extracting(RowOutcome::row, RowOutcome::outcome).containsExactly(
                tuple(1, Change.UNCHANGED), tuple(2, Change.CREATED), tuple(3, Change.CREATED));
        assertThat(services.registrations().findByUnit(households.get(0).unit(), 2025, FAMILY))
                .extracting(r -> r.id().value()).containsExactlyInAnyOrderElementsOf(
                        outcomes.stream().map(RowOutcome::id).toList());
        Object before = services.state();
        assertThat(roll.register(VILLAGE, 2025, FAMILY, rollOf(households))).extracting(RowOutcome::outcome)
                .containsOnly(Change.UNCHANGED);
        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesARollNamingAnUnknownSubjectOrOneOfAnotherVillageAndRegistersNone() {
        Object before = services.state();
        List<VillageRoll.Row> rows = new ArrayList<>(rollOf(households));
        rows.add(new VillageRoll.Row(4, elsewhere.get(0).externalId()));
        rows.add(new VillageRoll.Row(5, "KHONG-CO"));
        rows.add(new VillageRoll.Row(6, households.get(0).externalId()));

        RowsRefusedException refused = catchThrowableOfType(() -> roll.register(VILLAGE, 2025, FAMILY, rows),
                RowsRefusedException.class);

        assertThat(refused.rows()).extracting(RowRefusal::row, RowRefusal::field).containsExactly(
                tuple(6, "externalId"), tuple(4, "externalId"), tuple(5, "externalId"));
        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void aBlankPortalIdRefusesItsRowNotTheRequest() {
        RowsRefusedException refused = catchThrowableOfType(() -> roll.register(VILLAGE, 2025, FAMILY, List.of(
                new VillageRoll.Row(1, households.get(0).externalId()), new VillageRoll.Row(2, ""),
                new VillageRoll.Row(3, null))), RowsRefusedException.class);

        assertThat(refused.rows()).extracting(RowRefusal::row).containsExactly(2, 3);
    }

    @Test
    void selfAssessesTheVillageAndTheSameListAgainIsUnchanged() {
        services.register(households, 2025);
        List<VillageAssessments.Row> rows = List.of(row(1, households.get(0), CriteriaFixture.earning()),
                row(2, households.get(1), CriteriaFixture.belowTotal()));

        assertThat(assessments.selfAssess(VILLAGE, 2025, FAMILY, rows)).extracting(RowOutcome::outcome)
                .containsOnly(Change.UPDATED);
        Object before = services.state();
        assertThat(assessments.selfAssess(VILLAGE, 2025, FAMILY, rows)).extracting(RowOutcome::outcome)
                .containsOnly(Change.UNCHANGED);
        assertThat(services.state()).isEqualTo(before);

        Registration stored = services.registrations().findByUnit(households.get(0).unit(), 2025, FAMILY).stream()
                .filter(r -> r.subject().equals(households.get(0).id())).findFirst().orElseThrow();
        assertThat(stored.selfScores()).isEqualTo(CriteriaFixture.earning());
        assertThat(stored.evidence()).isEqualTo(CriteriaFixture.evidence());
        assertThat(stored.selfAssessedLate()).isFalse();
    }

    @Test
    void aListWithoutEvidenceKeepsTheEvidenceAlreadyCited() {
        services.register(households, 2025);
        assessments.selfAssess(VILLAGE, 2025, FAMILY, List.of(row(1, households.get(0), CriteriaFixture.earning())));

        assessments.selfAssess(VILLAGE, 2025, FAMILY, List.of(new VillageAssessments.Row(1,
                households.get(0).externalId(), scoresOf(CriteriaFixture.belowTotal()), null, null)));

        assertThat(services.registrations().findByUnit(households.get(0).unit(), 2025, FAMILY)).filteredOn(r ->
                r.subject().equals(households.get(0).id())).singleElement().satisfies(r -> {
                    assertThat(r.selfScores()).isEqualTo(CriteriaFixture.belowTotal());
                    assertThat(r.evidence()).isEqualTo(CriteriaFixture.evidence());
                });
    }

    @Test
    void selfAssessmentsAfterTheWindowClosedAreKeptAndMarkedLate() {
        services.register(households, 2025);
        services.closeSelfAssessmentWindows(true);

        assessments.selfAssess(VILLAGE, 2025, FAMILY, List.of(row(1, households.get(0), CriteriaFixture.earning())));

        assertThat(services.registrations().findByUnit(households.get(0).unit(), 2025, FAMILY))
                .filteredOn(r -> r.subject().equals(households.get(0).id())).singleElement()
                .extracting(Registration::selfAssessedLate).isEqualTo(true);
    }

    @Test
    void refusesIndicatorsOutsideTheSetPointsOverTheMaximumAndUnregisteredSubjectsWritingNone() {
        services.register(households.subList(0, 2), 2025);
        Object before = services.state();

        RowsRefusedException refused = catchThrowableOfType(() -> assessments.selfAssess(VILLAGE, 2025, FAMILY,
                List.of(row(1, households.get(0), CriteriaFixture.with(CriteriaFixture.earning(), "9.9", 1)),
                        row(2, households.get(1), CriteriaFixture.with(CriteriaFixture.earning(), "1.1", 11)),
                        row(3, households.get(2), CriteriaFixture.earning()))), RowsRefusedException.class);

        assertThat(refused.rows()).extracting(RowRefusal::row, RowRefusal::field, RowRefusal::value).containsExactly(
                tuple(1, "scores.indicator", "9.9"), tuple(2, "scores[1.1].points", "11"), tuple(3, "externalId",
                        households.get(2).externalId()));
        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void verifiesTheVillageNoteIncludedAndTheSameListAgainIsUnchanged() {
        List<Registration> registered = services.register(households.subList(0, 1), 2025);
        services.selfAssess(registered.get(0), CriteriaFixture.earning());
        List<VillageAssessments.Row> rows = List.of(row(1, households.get(0), CriteriaFixture.earning()));

        assertThat(assessments.verify(VILLAGE, 2025, FAMILY, rows, "hk.thanhdong")).extracting(RowOutcome::outcome,
                RowOutcome::id).containsExactly(tuple(Change.UPDATED, registered.get(0).id().value()));
        assertThat(assessments.verify(VILLAGE, 2025, FAMILY, rows, "hk.thanhdong")).extracting(RowOutcome::outcome)
                .containsExactly(Change.UNCHANGED);
        assertThat(services.yearlyRecords().registration(registered.get(0).id())).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RegistrationStatus.VERIFIED);
            assertThat(r.verificationNote()).isEqualTo("Đủ minh chứng");
            assertThat(r.verifier()).isEqualTo("hk.thanhdong");
        });
    }

    @Test
    void refusesToVerifyWhatWasNotSelfAssessed() {
        services.register(households.subList(0, 1), 2025);
        Object before = services.state();

        RowsRefusedException refused = catchThrowableOfType(() -> assessments.verify(VILLAGE, 2025, FAMILY,
                List.of(row(7, households.get(0), CriteriaFixture.earning())), "hk.thanhdong"),
                RowsRefusedException.class);

        assertThat(refused.rows()).singleElement().extracting(RowRefusal::row).isEqualTo(7);
        assertThat(services.state()).isEqualTo(before);
    }
}
