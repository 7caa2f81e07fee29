package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.report.HonouringCongress.Candidates;
import org.learningsociety.core.report.HonouringCongress;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.engine.AsTasklist;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.learningsociety.workflow.report.ReportRounds;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 2021–2025 review's honouring proposal as Tasklist drives it: the commune's association chooses
 * from the subjects recognised in the phase in its own area (those recognised most years first, none
 * already proposed), and what it chooses is proposed for the commendation; nobody chosen, or a subject
 * of another commune, is refused in Vietnamese and the task stays open.
 */
class HonouringProposalTaskTest extends ApiContextTest {

    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);

    @Autowired
    ReportRounds rounds;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    AdministrativeUnits unitRepository;
    @Autowired
    Subjects subjects;
    @Autowired
    Registrations registrations;
    @Autowired
    Decisions decisions;
    @Autowired
    Commendations commendations;
    @Autowired
    CriteriaSets criteriaSets;
    @Autowired
    HonouringCongress congress;

    private AdministrativeUnit unit(String code, String name, UnitLevel level, UnitId parent) {
        AdministrativeUnit unit = new AdministrativeUnit(unitRepository.nextId(), code, name, level, parent,
                Period.from(FROM), null);
        unitRepository.add(unit);
        return unit;
    }

    private Subject household(AdministrativeUnit village, String name) {
        Subject subject = new Subject(subjects.nextIds(1), SubjectKind.HOUSEHOLD, village.id(), name,
                village.code() + "/" + name.substring(name.length() - 3).strip());
        subjects.addAll(List.of(subject));
        return subject;
    }

    /** The subject's registration for {@code year}, recognised by {@code decision} when given. */
    private RegistrationId registration(Subject subject, int year, DecisionId decision) {
        RegistrationId id = registrations.nextIds(1);
        registrations.addAll(List.of(new Registration(id, subject.id(), LearningModel.FAMILY, subject.unit(), year,
                criteriaSets.inForce(LearningModel.FAMILY, UnitLevel.VILLAGE, year).orElseThrow().id(),
                Instant.parse(year + "-02-01T02:00:00Z"),
                decision == null ? RegistrationStatus.REGISTERED : RegistrationStatus.RECOGNISED, Scores.empty(),
                List.of(), null, false, Scores.empty(), null, null, null, decision, null, 0)));
        return id;
    }

    private final Map<String, DecisionId> issued = new HashMap<>();

    /** The commune's recognition decision of {@code year}, one a year. */
    private DecisionId recognition(AdministrativeUnit commune, int year) {
        DecisionId known = issued.get(commune.code() + ":" + year);
        if (known != null) {
            return known;
        }
        DecisionId id = decisions.nextId();
        issued.put(commune.code() + ":" + year, id);
        decisions.add(new Decision(id, Decision.Kind.RECOGNITION, year + "/QĐ-UBND", LocalDate.of(year, 12, 10),
                "Nguyễn Văn Hải", commune.id(), year, LearningModel.FAMILY, null));
        return id;
    }

    @Test
    void theAssociationChoosesFromItsAreasRecognisedSubjectsAndTheChoiceIsProposed() throws Exception {
        String code = unusedCode();
        UnitId city = unitRepository.findByCode(HAI_PHONG, FROM.plusYears(5)).orElseThrow().id();
        AdministrativeUnit commune = unit(code, "Xã Biểu Dương " + code, UnitLevel.COMMUNE, city);
        AdministrativeUnit village = unit(code + "01", "Thôn Đông", UnitLevel.VILLAGE, commune.id());
        AdministrativeUnit elsewhere = unit(code + "9", "Xã Bên Cạnh " + code, UnitLevel.COMMUNE, city);

        Subject an = household(village, "Hộ ông Nguyễn Văn An 001");
        Subject binh = household(village, "Hộ bà Trần Thị Bình 002");
        Subject cuong = household(village, "Hộ ông Lê Văn Cường 003");
        Subject dung = household(village, "Hộ ông Phạm Văn Dũng 004");
        Subject neighbour = household(elsewhere, "Hộ ông Đỗ Văn Giang 005");
        for (int year = 2023; year <= 2025; year++) {
            registration(an, year, recognition(commune, year));
        }
        RegistrationId an2025 = registrations.idOf(an.id(), 2025).orElseThrow();
        RegistrationId binh2025 = registration(binh, 2025, recognition(commune, 2025));
        registration(cuong, 2025, null);
        RegistrationId dung2024 = registration(dung, 2024, recognition(commune, 2024));
        RegistrationId neighbours = registration(neighbour, 2024, recognition(elsewhere, 2024));
        // Dũng's 2024 year is already proposed: not a candidate again
        commendations.addAll(List.of(new Commendation(commendations.nextIds(1), dung2024,
                "GIAY_KHEN", "Hội Khuyến học xã", Instant.now(),
                CommendationStatus.PROPOSED, null, null)));

        rounds.start(code, Plan.PROGRAMME_387, ReportPeriod.phase(2021, 2025), LocalDate.of(2026, 12, 31));
        ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey(LibraryKeys.REVIEW_2025)
                .processInstanceBusinessKey("2021-2025:" + code).singleResult();
        assertThat(process).as("the commune's review").isNotNull();
        management.createJobQuery().processInstanceId(process.getId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        Task task = tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("selectExemplary")
                .singleResult();
        assertThat(task).as("the honouring proposal").isNotNull();
        assertThat(task.getName()).isEqualTo("Chọn điển hình tiên tiến đề nghị biểu dương, khen thưởng – Xã Biểu Dương "
                + code + ", giai đoạn 2021–2025");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> ("hoikhuyenhoc" + code).equals(l.getGroupId()));

        // what Tasklist reads to fill in the form: a Json list of options, as form-js takes them
        VariableMap shown = forms.getTaskFormVariables(task.getId());
        TypedValue options = shown.getValueTyped("exemplaryCandidates");
        assertThat(options.getType().getName()).isEqualTo("json");
        JsonNode listed = json.readTree(String.valueOf(options.getValue()));
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        listed.forEach(option -> {
            labels.add(option.get("label").asText());
            values.add(option.get("value").asText());
        });
        assertThat(values).containsExactly(String.valueOf(an2025.value()), String.valueOf(binh2025.value()));
        assertThat(labels.get(0)).isEqualTo("Hộ ông Nguyễn Văn An 001 (" + code + "01/001) · Thôn Đông · "
                + LearningModel.FAMILY.title() + " · công nhận năm 2023, 2024, 2025");
        assertThat(labels.get(1)).endsWith("công nhận năm 2025");
        // the forms offered are the plan's given at the reviews, the Prime Minister's only proposed upward
        JsonNode awardForms = json.readTree(String.valueOf(shown.getValueTyped("awardForms").getValue()));
        assertThat(awardForms).extracting(f -> f.get("value").asText())
                .containsExactly("BANG_KHEN_PRIME_MINISTER", "BANG_KHEN_PROVINCE", "GIAY_KHEN");
        assertThat(awardForms.get(0).get("label").asText())
                .isEqualTo("Bằng khen của Thủ tướng Chính phủ (đề nghị Thủ tướng Chính phủ khen thưởng)");
        assertThat(shown.get("exemplarySubjects")).isEqualTo(2);
        assertThat(shown.get("exemplaryComplete")).isEqualTo(true);
        assertThat((String) shown.get("exemplaryNote")).startsWith("**2 đối tượng** được công nhận trong giai đoạn 2021–2025")
                .contains("(5 lượt công nhận)");

        AsTasklist.authenticate(identity, "hk." + code, task.getTenantId());
        try {
            Map<String, Object> nobody = proposal(code);
            nobody.put("exemplary", SpinValues.jsonValue("[]").create());
            assertThatThrownBy(() -> forms.submitTaskForm(task.getId(), nobody))
                    .hasMessageContaining("Chọn ít nhất một đối tượng");

            Map<String, Object> another = proposal(code);
            another.put("exemplary", SpinValues.jsonValue("[\"" + an2025.value() + "\"]").create());
            another.put("registrationIds", String.valueOf(neighbours.value()));
            assertThatThrownBy(() -> forms.submitTaskForm(task.getId(), another))
                    .hasMessageContaining("Hồ sơ " + neighbours.value() + " không thuộc địa bàn đơn vị " + code);
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isEqualTo(1);
            assertThat(commendations.findByRegistration(an2025)).as("nothing proposed by a refused one").isEmpty();

            // as Tasklist sends a tag list: a Json array of the chosen options' values
            Map<String, Object> chosen = proposal(code);
            chosen.put("exemplary", SpinValues.jsonValue("[\"" + an2025.value() + "\",\"" + binh2025.value() + "\"]")
                    .create());
            forms.submitTaskForm(task.getId(), chosen);
        } finally {
            identity.clearAuthentication();
        }
        for (RegistrationId proposed : List.of(an2025, binh2025)) {
            assertThat(commendations.findByRegistration(proposed)).singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(CommendationStatus.PROPOSED);
                assertThat(c.form()).isEqualTo("BANG_KHEN_PRIME_MINISTER");
                assertThat(c.proposedBy()).isEqualTo("Hội Khuyến học xã " + code);
            });
        }
        assertThat(commendations.findByRegistration(neighbours)).isEmpty();

        // the dossier the Prime Minister's Bằng khen is proposed with: the subject's record, year by year
        long anProposal = commendations.findByRegistration(an2025).get(0).id().value();
        JsonNode dossier = json.readTree(mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                API + "/commendations/" + anProposal + "/dossier").with(admin()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(dossier.path("proposal").path("form").asText()).isEqualTo("BANG_KHEN_PRIME_MINISTER");
        assertThat(dossier.path("proposal").path("formName").asText()).isEqualTo("Bằng khen của Thủ tướng Chính phủ");
        assertThat(dossier.path("subjectName").asText()).isEqualTo("Hộ ông Nguyễn Văn An 001");
        assertThat(dossier.path("unitName").asText()).isEqualTo("Thôn Đông");
        assertThat(dossier.path("recognisedYears").asInt()).isEqualTo(3);
        List<String> record = new ArrayList<>();
        dossier.path("years").forEach(y -> record.add(y.path("year").asInt() + " " + y.path("status").asText() + " "
                + y.path("decisionNumber").asText() + " " + y.path("decisionIssuedBy").asText()));
        assertThat(record).containsExactly(
                "2023 RECOGNISED 2023/QĐ-UBND Ủy ban nhân dân Xã Biểu Dương " + code,
                "2024 RECOGNISED 2024/QĐ-UBND Ủy ban nhân dân Xã Biểu Dương " + code,
                "2025 RECOGNISED 2025/QĐ-UBND Ủy ban nhân dân Xã Biểu Dương " + code);

        // once proposed, a subject is no candidate again, for none of its years
        Candidates after = congress.candidates(code, ReportPeriod.phase(2021, 2025), 10);
        assertThat(after.listed()).isEmpty();
        assertThat(after.recognised()).isEqualTo(5);
        // a level with more subjects than the list holds says the list is not all
        registration(household(elsewhere, "Hộ bà Đỗ Thị Hạnh 006"), 2025, recognition(elsewhere, 2025));
        Candidates neighbourhood = congress.candidates(elsewhere.code(), ReportPeriod.phase(2021, 2025), 1);
        assertThat(neighbourhood.subjects()).isEqualTo(2);
        assertThat(neighbourhood.listed()).hasSize(1);
        assertThat(neighbourhood.complete()).isFalse();
    }

    private static Map<String, Object> proposal(String code) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("commendationForm", "BANG_KHEN_PRIME_MINISTER");
        variables.put("proposedBy", "Hội Khuyến học xã " + code);
        return variables;
    }

    /** A commune code of the test's own: no unit of the shared database holds it. */
    private String unusedCode() {
        for (int n = 31900; ; n++) {
            if (unitRepository.findLatestByCode(String.valueOf(n)).isEmpty()) {
                return String.valueOf(n);
            }
        }
    }
}
