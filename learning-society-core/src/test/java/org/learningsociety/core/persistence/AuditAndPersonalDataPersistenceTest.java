package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.privacy.EvidenceRetention;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

/** The audit trail, revocations, erasure and evidence retention on H2 and PostgreSQL. */
class AuditAndPersonalDataPersistenceTest {

    @OnBothDatabases
    void appendsABatchAndReadsAnEntitysHistoryInOrder(Database database) {
        try (Store store = database.freshStore()) {
            AuditTrail audit = store.persistence().auditTrail();
            Instant at = Instant.parse("2025-10-01T01:00:00Z");
            store.persistence().transactions().run(() -> audit.appendAll(List.of(
                    new AuditRecord(Audited.REGISTRATION, 7, AuditAction.REGISTERED, "a", at, null, "REGISTERED", null),
                    new AuditRecord(Audited.REGISTRATION, 8, AuditAction.REGISTERED, "a", at, null, "REGISTERED", null),
                    new AuditRecord(Audited.REGISTRATION, 7, AuditAction.SELF_ASSESSED, "b", at.plusSeconds(60),
                            "REGISTERED", "SELF_ASSESSED tự đánh giá[1.1=10]", null))));

            List<AuditRecord> history = audit.historyOf(Audited.REGISTRATION, 7);

            assertThat(history).extracting(AuditRecord::action)
                    .containsExactly(AuditAction.REGISTERED, AuditAction.SELF_ASSESSED);
            assertThat(history.get(1)).isEqualTo(new AuditRecord(Audited.REGISTRATION, 7,
                    AuditAction.SELF_ASSESSED, "b", at.plusSeconds(60), "REGISTERED", "SELF_ASSESSED tự đánh giá[1.1=10]",
                    null));
            assertThat(audit.historyOf(Audited.COMMENDATION, 7)).isEmpty();
        }
    }

    @OnBothDatabases
    void recordsAYearsChangesInTheirTransactionsAndNothingOfARefusedOne(Database database) {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2025, 9, 1));
            Registration registration = verifiedHousehold(s, "a");
            long before = store.count("ls_audit");

            assertThatThrownBy(() -> s.verifying().verifyAll(List.of(
                    new Verification(registration.id(), ServicesOnDatabase.full(), "Cán bộ", null),
                    new Verification(new RegistrationId(999_999), ServicesOnDatabase.full(), "Cán bộ", null))))
                    .isInstanceOf(InvalidInputException.class);

            assertThat(store.count("ls_audit")).isEqualTo(before);
            assertThat(store.persistence().auditTrail().historyOf(Audited.REGISTRATION, registration.id().value()))
                    .extracting(AuditRecord::action)
                    .containsExactly(AuditAction.REGISTERED, AuditAction.SELF_ASSESSED, AuditAction.VERIFIED);
        }
    }

    @OnBothDatabases
    void aRevocationKeepsTheDecisionRowAndRecordsItsReason(Database database) {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2025, 12, 20));
            Registration registration = verifiedHousehold(s, "r");
            Decision decision = s.recognising().recognise(new NewDecision("5/QĐ-UBND", LocalDate.of(2025, 12, 20),
                    "Chủ tịch UBND", "10507"), 2025, LearningModel.FAMILY, List.of(registration.id()), Map.of());

            s.revoking().revokeRecognition(registration.id(), "Minh chứng không đúng");

            Registration stored = s.records().registration(registration.id());
            assertThat(stored.status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
            assertThat(stored.nonRecognitionReason()).isEqualTo("Minh chứng không đúng");
            assertThat(stored.decision()).isEqualTo(decision.id());
            assertThat(store.persistence().decisions().findById(decision.id())).contains(decision);
            assertThat(store.count("ls_decision")).isEqualTo(1);
            assertThat(store.persistence().auditTrail().historyOf(Audited.REGISTRATION, registration.id().value()))
                    .last().satisfies(r -> {
                        assertThat(r.action()).isEqualTo(AuditAction.RECOGNITION_REVOKED);
                        assertThat(r.reason()).isEqualTo("Minh chứng không đúng");
                    });
            // the decision's row cannot be written a second time
            assertThatThrownBy(() -> store.persistence().transactions().run(() ->
                    store.persistence().decisions().add(decision))).isInstanceOf(RuntimeException.class);
            assertThat(store.persistence().decisions().findById(decision.id())).contains(decision);
        }
    }

    @OnBothDatabases
    void erasingASubjectPseudonymisesItDeletesItsEvidenceBlanksItsAuditValuesAndKeepsTheCounts(Database database) {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2025, 12, 20));
            Registration erased = verifiedHousehold(s, "e");
            Registration kept = verifiedHousehold(s, "k");
            s.recognising().recognise(new NewDecision("6/QĐ-UBND", LocalDate.of(2025, 12, 20), "Chủ tịch UBND", "10507"),
                    2025, LearningModel.FAMILY, List.of(erased.id(), kept.id()), Map.of());
            s.clock().setDate(LocalDate.of(2026, 2, 1));
            Attainment before = s.attainment().attainment("10507", 2025, LearningModel.FAMILY);
            PersonalData.SubjectData exported = s.personalData().export(erased.subject());
            assertThat(exported.registrations()).singleElement()
                    .satisfies(r -> assertThat(r.evidence()).hasSize(ServicesOnDatabase.evidence().size()));
            assertThat(exported.subject().name()).isEqualTo("Hộ e 0");
            assertThat(exported.toJson()).contains("\"name\": \"Hộ e 0\"", "minh-chung/1.1.pdf", "\"RECOGNISED\"");

            Subject pseudonym = s.personalData().erase(erased.subject(), "YC-2026/15");

            assertThat(pseudonym.name()).isEqualTo("Đã xoá theo yêu cầu #" + erased.subject());
            assertThat(store.persistence().subjects().findById(erased.subject()).orElseThrow().name())
                    .isEqualTo(pseudonym.name());
            assertThat(store.queryLong("SELECT COUNT(*) FROM ls_evidence WHERE registration_id = " + erased.id()))
                    .isZero();
            assertThat(store.queryLong("SELECT COUNT(*) FROM ls_evidence WHERE registration_id = " + kept.id()))
                    .isEqualTo(ServicesOnDatabase.evidence().size());
            List<AuditRecord> history = store.persistence().auditTrail()
                    .historyOf(Audited.REGISTRATION, erased.id().value());
            assertThat(history).extracting(AuditRecord::action).containsExactly(AuditAction.REGISTERED,
                    AuditAction.SELF_ASSESSED, AuditAction.VERIFIED, AuditAction.RECOGNISED);
            assertThat(history).allSatisfy(r -> {
                assertThat(r.after()).isEqualTo(AuditRecord.ERASED);
                assertThat(r.actor()).isEqualTo("can-bo-phuong");
            });
            assertThat(s.attainment().attainment("10507", 2025, LearningModel.FAMILY))
                    .usingRecursiveComparison().isEqualTo(before);
            assertThat(s.personalData().export(erased.subject()).toJson()).doesNotContain("Hộ e 0", "minh-chung");
        }
    }

    @OnBothDatabases
    void purgesTheEvidenceOfYearsOlderThanTheRetention(Database database) {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2024, 9, 1));
            Registration old = verifiedHousehold(s, "o", 2024);
            s.clock().setDate(LocalDate.of(2025, 9, 1));
            Registration recent = verifiedHousehold(s, "n", 2025);
            MyBatisPersistence p = store.persistence();
            EvidenceRetention retention = new EvidenceRetention(p.personalDataRecords(), p.auditTrail(),
                    p.transactions(), Period.ofYears(1), s.clock());

            List<RegistrationId> purged = retention.purge(LocalDate.of(2025, 12, 31));

            assertThat(purged).containsExactly(old.id());
            assertThat(s.records().registration(old.id()).evidence()).isEmpty();
            assertThat(s.records().registration(old.id()).verifiedScores()).isEqualTo(ServicesOnDatabase.full());
            assertThat(s.records().registration(recent.id()).evidence()).hasSize(ServicesOnDatabase.evidence().size());
            assertThat(p.auditTrail().historyOf(Audited.REGISTRATION, old.id().value()))
                    .last().satisfies(r -> assertThat(r.action()).isEqualTo(AuditAction.EVIDENCE_PURGED));
            assertThat(retention.purge(LocalDate.of(2025, 12, 31))).as("nothing left to purge").isEmpty();
        }
    }

    private static Registration verifiedHousehold(ServicesOnDatabase s, String prefix) {
        return verifiedHousehold(s, prefix, 2025);
    }

    private static Registration verifiedHousehold(ServicesOnDatabase s, String prefix, int year) {
        Subject household = s.households("10507", prefix, 1).get(0);
        Registration registration = s.registering().register(household.id(), year);
        s.selfAssessing().selfAssess(new SelfAssessment(registration.id(), ServicesOnDatabase.full(),
                ServicesOnDatabase.evidence()), false);
        s.verifying().verify(new Verification(registration.id(), ServicesOnDatabase.full(), "Cán bộ thẩm định", null));
        return s.records().registration(registration.id());
    }
}
