package org.learningsociety.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.fakes.InMemoryPersonalDataRecords;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

class ErasingPersonalDataTest {

    private final Services services = Services.haiPhong();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 2);
    private final Registration erased = services.verified(households.get(0), 2025, CriteriaFixture.earning());
    private final Registration kept = services.verified(households.get(1), 2025, CriteriaFixture.earning());

    ErasingPersonalDataTest() {
        services.recognise(2025, "125/QĐ-UBND", List.of(erased.id(), kept.id()));
        services.commendationService().propose(List.of(erased.id()), "GIAY_KHEN", "Hội Khuyến học");
    }

    @Test
    void exportsTheSubjectItsYearsScoresEvidenceCommendationsAndAuditRecords() {
        PersonalData.SubjectData data = services.personalData().export(erased.subject());

        assertThat(data.subject().name()).isEqualTo("Hộ gia đình 10507-TDP1/1");
        assertThat(data.registrations()).singleElement().satisfies(r -> {
            assertThat(r.verifiedScores()).isEqualTo(CriteriaFixture.earning());
            assertThat(r.evidence()).isEqualTo(CriteriaFixture.evidence());
        });
        assertThat(data.commendations()).singleElement()
                .satisfies(c -> assertThat(c.form()).isEqualTo("GIAY_KHEN"));
        assertThat(data.auditRecords()).extracting(AuditRecord::action).contains(AuditAction.REGISTERED,
                AuditAction.SELF_ASSESSED, AuditAction.VERIFIED, AuditAction.RECOGNISED,
                AuditAction.COMMENDATION_PROPOSED);
        assertThat(data.toJson()).contains("\"name\": \"Hộ gia đình 10507-TDP1/1\"",
                "\"reference\": \"files/giay-khen-hoc-sinh-gioi.pdf\"", "\"form\": \"GIAY_KHEN\"",
                "\"action\": \"VERIFIED\"");
    }

    @Test
    void erasingReplacesNameAndIdDeletesEvidenceBlanksAuditValuesAndKeepsEveryCount() {
        Attainment before = services.attainmentService().attainment("10507", 2025, LearningModel.FAMILY);

        Subject pseudonym = services.personalData().erase(erased.subject(), "YC-15/2026");

        assertThat(pseudonym.name()).isEqualTo("Đã xoá theo yêu cầu #" + erased.subject());
        assertThat(services.subjects().findById(erased.subject()).orElseThrow().externalId())
                .isEqualTo("erased-" + erased.subject());
        assertThat(services.yearlyRecords().registration(erased.id()).evidence()).isEmpty();
        assertThat(services.yearlyRecords().registration(kept.id()).evidence()).isEqualTo(CriteriaFixture.evidence());
        assertThat(services.auditTrail().historyOf(Audited.REGISTRATION, erased.id().value()))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.after()).isEqualTo(AuditRecord.ERASED);
                    assertThat(r.actor()).isEqualTo("can-bo-phuong");
                });
        assertThat(services.auditTrail().historyOf(Audited.REGISTRATION, kept.id().value()))
                .noneSatisfy(r -> assertThat(r.after()).isEqualTo(AuditRecord.ERASED));
        assertThat(services.auditTrail().historyOf(Audited.SUBJECT, erased.subject().value()))
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo(AuditAction.PERSONAL_DATA_ERASED);
                    assertThat(r.reason()).isEqualTo("yêu cầu YC-15/2026");
                });
        assertThat(services.attainmentService().attainment("10507", 2025, LearningModel.FAMILY))
                .usingRecursiveComparison().isEqualTo(before);
        assertThat(services.personalData().export(erased.subject()).toJson())
                .doesNotContain("Hộ gia đình 10507-TDP1/1", "giay-khen-hoc-sinh-gioi");
    }

    @Test
    void refusesAnErasureWithoutTheRequestAndWritesNothing() {
        Object before = services.state();

        refused("request", " ", () -> services.personalData().erase(erased.subject(), " "));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void purgingAndErasingDeleteTheUploadedFilesOfTheirYearsThroughTheStore() {
        List<RegistrationId> deleted = new java.util.ArrayList<>();
        org.learningsociety.core.evidence.EvidenceStore files = new org.learningsociety.core.evidence.EvidenceStore() {
            @Override
            public String store(RegistrationId registration, String name, java.io.InputStream content) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<java.io.InputStream> open(String reference) {
                return java.util.Optional.empty();
            }

            @Override
            public int deleteAllOf(java.util.Collection<RegistrationId> registrations) {
                deleted.addAll(registrations);
                return registrations.size();
            }
        };
        services.clock().setDate(LocalDate.of(2026, 10, 1));
        Registration recent = services.verified(services.enrolFamilies("10507-TDP2", 1).get(0), 2026,
                CriteriaFixture.earning());
        InMemoryPersonalDataRecords records = new InMemoryPersonalDataRecords(services.subjects(), services.registrations());
        EvidenceRetention retention = new EvidenceRetention(records, services.auditTrail(), services.transactions(),
                Period.ofYears(1), services.clock(), files);

        retention.purge(LocalDate.of(2026, 12, 31));

        assertThat(deleted).containsExactlyInAnyOrder(erased.id(), kept.id()).doesNotContain(recent.id());

        deleted.clear();
        new PersonalData(services.subjects(), services.registrations(), services.commendations(), records,
                services.auditTrail(), services.transactions(), () -> new org.learningsociety.core.shared.Actor("can-bo"),
                services.clock(), files).erase(recent.subject(), "YC-16/2026");

        assertThat(deleted).containsExactly(recent.id());
    }

    @Test
    void purgesOnlyTheEvidenceOfYearsOlderThanTheRetention() {
        services.clock().setDate(LocalDate.of(2026, 10, 1));
        Subject later = services.enrolFamilies("10507-TDP2", 1).get(0);
        Registration recent = services.verified(later, 2026, CriteriaFixture.earning());
        EvidenceRetention retention = new EvidenceRetention(
                new InMemoryPersonalDataRecords(services.subjects(), services.registrations()), services.auditTrail(),
                services.transactions(), Period.ofYears(1), services.clock());

        List<RegistrationId> purged = retention.purge(LocalDate.of(2026, 12, 31));

        assertThat(purged).containsExactlyInAnyOrder(erased.id(), kept.id());
        assertThat(services.yearlyRecords().registration(erased.id()).evidence()).isEmpty();
        assertThat(services.yearlyRecords().registration(erased.id()).status()).isEqualTo(
                org.learningsociety.core.registration.RegistrationStatus.RECOGNISED);
        assertThat(services.yearlyRecords().registration(recent.id()).evidence()).isEqualTo(CriteriaFixture.evidence());
        assertThat(services.auditTrail().historyOf(Audited.REGISTRATION, kept.id().value()))
                .last().satisfies(r -> assertThat(r.action()).isEqualTo(AuditAction.EVIDENCE_PURGED));
    }

    @Test
    void refusesARetentionOfNothing() {
        refused("evidenceRetention", Period.ZERO, () -> new EvidenceRetention(
                new InMemoryPersonalDataRecords(services.subjects(), services.registrations()), services.auditTrail(),
                services.transactions(), Period.ZERO, services.clock()));
    }
}
