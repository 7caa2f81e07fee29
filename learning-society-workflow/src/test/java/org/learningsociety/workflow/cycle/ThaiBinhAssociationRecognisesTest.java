package org.learningsociety.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.test.criteria.HouseholdScores.evidence;
import static org.learningsociety.test.criteria.HouseholdScores.uniform;
import static org.learningsociety.test.cycle.EngineClock.at;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.plan.Recognition;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.test.cycle.CycleDriver;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Thái Bình's association plan (29/KH-KHKH) says "các cấp Hội … công nhận các danh hiệu": in a commune of
 * Thái Bình before the 2025 reform, the recognition task of the yearly cycle is the commune association's
 * (not its People's Committee's), and the decision it signs is the association's, dated by the plan's
 * November–December window. The real reference data and plan files; Thái Bình's units are added as they
 * stood in 2024 (the shipped unit list is the one after the reform).
 */
@SpringBootTest(classes = CycleTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:thai-binh-recognition;DB_CLOSE_DELAY=-1",
        "spring.datasource.name=thai-binh-recognition",
        "camunda.bpm.process-engine-name=thai-binh-recognition",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.metrics.enabled=false",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31"})
class ThaiBinhAssociationRecognisesTest {

    /** Xã Thụy Hà, Huyện Thái Thụy, Tỉnh Thái Bình (until 30 June 2025). */
    static final String COMMUNE = "12994";
    static final int YEAR = 2024;
    static final CycleKey CYCLE = new CycleKey(LearningModel.FAMILY, YEAR, COMMUNE);

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired AdministrativeUnits unitStore;
    @Autowired UnitDirectory units;
    @Autowired SubjectCatalogue catalogue;
    @Autowired Registering registering;
    @Autowired SelfAssessing selfAssessing;
    @Autowired Verifying verifying;
    @Autowired YearlyRecords records;
    @Autowired Decisions decisions;
    @Autowired org.learningsociety.core.campaign.CommuneRecognition communeRecognition;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Thái Bình as it stood in 2024: the province, a district, a commune, and a village added by the portal. */
    private AdministrativeUnit thaiBinhVillage() {
        Period beforeTheReform = Period.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30));
        AdministrativeUnit centre = units.unitOn("VN", LocalDate.of(2024, 3, 1));
        AdministrativeUnit province = new AdministrativeUnit(unitStore.nextId(), "34", "Tỉnh Thái Bình",
                UnitLevel.PROVINCE, centre.id(), beforeTheReform, null);
        AdministrativeUnit district = new AdministrativeUnit(unitStore.nextId(), "343", "Huyện Thái Thụy",
                UnitLevel.DISTRICT, province.id(), beforeTheReform, null);
        AdministrativeUnit commune = new AdministrativeUnit(unitStore.nextId(), COMMUNE, "Xã Thụy Hà",
                UnitLevel.COMMUNE, district.id(), beforeTheReform, null);
        unitStore.addAll(List.of(province, district, commune));
        return units.addVillage(COMMUNE + "01", "Thôn Đông Hồ", COMMUNE, LocalDate.of(2024, 1, 1));
    }

    @Test
    void theCommuneAssociationHasTheRecognitionTaskAndItsDecisionIsTheAssociations() {
        at("2024-03-01T08:00:00+07:00");
        AdministrativeUnit village = thaiBinhVillage();
        List<Subject> households = catalogue.addAll(IntStream.range(0, 4)
                .mapToObj(h -> new NewSubject(LearningModel.FAMILY, village.code(), "Hộ gia đình số " + h
                        + " – Thôn Đông Hồ", village.code() + "-" + h))
                .toList());
        List<Registration> registered = registering.registerAll(households.stream().map(Subject::id).toList(), YEAR);
        selfAssessing.selfAssessAll(registered.stream().map(r -> new SelfAssessment(r.id(), uniform(9), evidence()))
                .toList(), false);
        verifying.verifyAll(registered.stream().map(r -> new Verification(r.id(), uniform(9), "Phạm Thị Thu", null))
                .toList());

        // the plan says so, and names its own words
        Recognition recogniser = communeRecognition.recogniserOf(COMMUNE, YEAR);
        assertThat(recogniser.by()).isEqualTo(BodyKind.ASSOCIATION);
        assertThat(recogniser.planId()).isEqualTo("thai-binh-29-kh-khkh-2022");
        assertThat(recogniser.onBehalfOf()).isEqualTo("TM. BAN THƯỜNG VỤ");

        at("2024-11-04T08:00:00+07:00");
        CycleDriver driver = new CycleDriver(engine);
        driver.start(LibraryKeys.RECOGNISE, CYCLE);
        assertThat(driver.openTasks(CYCLE, "recogniseCommune", CandidateGroups.peoplesCommittee(COMMUNE))).isEmpty();
        Task recognising = driver.singleTask(CYCLE, "recogniseCommune", CandidateGroups.association(COMMUNE));
        assertThat(recognising.getName()).isEqualTo("Công nhận Gia đình học tập của Xã Thụy Hà năm 2024: "
                + "4 hồ sơ đã thẩm định");
        // the plan's window: "Hằng năm, trong tháng 11,12"
        assertThat(driver.timerDue("recognitionWindowCloses").toInstant().atZone(CycleTestApplication.VIETNAM)
                .toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 31));

        tasks.complete(recognising.getId(), java.util.Map.of("decisionNumber", "18/QĐ-KH", "decisionDate",
                "2024-11-28", "signer", "Vũ Văn Hiệp"));
        driver.runJob("issueRecognition");

        Registration recognised = records.registration(registered.get(0).id());
        assertThat(recognised.status()).isEqualTo(RegistrationStatus.RECOGNISED);
        Decision decision = decisions.findById(recognised.decision()).orElseThrow();
        assertThat(decision.issuingBody()).isEqualTo(BodyKind.ASSOCIATION);
        assertThat(decision.number()).isEqualTo("18/QĐ-KH");
        assertThat(units.unitOn(decision.issuingUnit(), decision.date()).code()).isEqualTo(COMMUNE);
    }

    @Test
    void aHaiPhongCommuneWhosePlansDoNotSayIsRecognisedByItsPeoplesCommittee() {
        at("2026-11-04T08:00:00+07:00");
        Recognition recogniser = communeRecognition.recogniserOf("10507", 2026);

        assertThat(recogniser.by()).isEqualTo(BodyKind.PEOPLES_COMMITTEE);
        assertThat(recogniser.planId()).isNull();
        assertThat(RecognitionGroups.groupOf(recogniser, "10507")).isEqualTo("ubnd10507");
    }
}
