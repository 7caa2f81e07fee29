package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorEntry.Entry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.indicator.IndicatorValues;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.engine.AsTasklist;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.learningsociety.workflow.report.ReportRounds;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly report's submission task as Tasklist drives it (the engine's form variables, then a form
 * submission): the commune's entered values are filled in, and what the officer changes is stored
 * through {@code IndicatorEntry} as that officer when the task completes; a value that cannot be
 * stored refuses the completion in Vietnamese. The form binds the variables the task fills in, for
 * every indicator a shipped Programme 387 plan has communes enter.
 */
class IndicatorValuesInTheReportTaskTest extends ApiContextTest {

    private static final String CHAIR = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";
    private static final String CADRES = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
    private static final String MEMBERS = "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES";
    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

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
    IndicatorEntry entry;
    @Autowired
    IndicatorValues values;
    @Autowired
    IndicatorSheets sheets;
    @Autowired
    UnitDirectory units;
    @Autowired
    Plans plans;

    /** A commune of Hải Phòng no other test of the shared database enters values for. */
    private AdministrativeUnit aCommuneOfItsOwn() {
        return units.childrenOf(units.unitOn(HAI_PHONG, END_OF_2025), END_OF_2025).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && !u.code().equals(THANH_DONG) && !u.code().equals(HAI_DUONG))
                .findFirst().orElseThrow();
    }

    private static String field(String code, String part) {
        return "indicator_" + code + "_" + part;
    }

    private static Map<String, Object> submission() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportNumber", "42/BC-UBND");
        variables.put("reportDate", "2026-12-05");
        variables.put("signer", "Nguyễn Văn Hải");
        return variables;
    }

    @Test
    void theCommunesValuesAreFilledInAndWhatTheOfficerChangesIsStoredAsThatOfficer() {
        String commune = aCommuneOfItsOwn().code();
        Actor association = new Actor("hk." + commune);
        entry.enter(new Entry(commune, 2025, CHAIR, null, null, true, null, null), association);
        entry.enter(new Entry(commune, 2025, CADRES, 5L, 10L, null, "Danh sách tập huấn tháng 9", null), association);

        rounds.start(commune, org.learningsociety.core.plan.Plan.PROGRAMME_387, ReportPeriod.year(2025), LocalDate.of(2026, 12, 31));
        ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey(LibraryKeys.YEARLY_REPORT)
                .processInstanceBusinessKey("2025:" + commune).singleResult();
        management.createJobQuery().processInstanceId(process.getId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        Task task = tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("submitReport")
                .singleResult();
        assertThat(task).as("the submission task").isNotNull();

        // what Tasklist reads to fill in the form
        VariableMap shown = forms.getTaskFormVariables(task.getId());
        assertThat(shown.get("indicatorsOffered")).isEqualTo(true);
        assertThat(shown.get(field(CHAIR, "offered"))).isEqualTo(true);
        assertThat(shown.get(field(CHAIR, "kind"))).isEqualTo("YES_NO");
        assertThat(shown.get(field(CHAIR, "answer"))).isEqualTo("yes");
        assertThat((String) shown.get(field(CHAIR, "name"))).startsWith("Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học");
        assertThat(shown.get(field(CADRES, "kind"))).isEqualTo("RATIO");
        assertThat(shown.get(field(CADRES, "numerator"))).isEqualTo(5L);
        assertThat(shown.get(field(CADRES, "denominator"))).isEqualTo(10L);
        assertThat(shown.get(field(CADRES, "note"))).isEqualTo("Danh sách tập huấn tháng 9");
        assertThat((String) shown.get(field(CADRES, "denominatorMeaning"))).startsWith("Số cán bộ khuyến học");
        assertThat(shown.get(field(MEMBERS, "offered"))).isEqualTo(true);
        assertThat(shown.get(field(MEMBERS, "numerator"))).isNull();
        assertThat(shown.get(field("CITIZEN_WORKERS_IN_FAMILIES", "offered"))).isEqualTo(true);
        assertThat(shown.get(field("FAMILY_RECOGNISED", "offered"))).as("computed: nothing to enter").isNull();

        AsTasklist.authenticate(identity, "ubnd." + commune, task.getTenantId());
        try {
            // as Tasklist sends a form: every field the form shows, numbers as JSON numbers
            Map<String, Object> refused = submission();
            refused.put(field(CADRES, "numerator"), 12);
            refused.put(field(CADRES, "denominator"), 10);
            assertThatThrownBy(() -> forms.submitTaskForm(task.getId(), refused))
                    .hasMessageContaining("Tử số (12) không được lớn hơn mẫu số (10)");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isEqualTo(1);
            assertThat(values.find(units.unitOn(commune, END_OF_2025).id(), 2025, CADRES).orElseThrow().numerator())
                    .isEqualTo(5);

            Map<String, Object> submitted = submission();
            submitted.put(field(CHAIR, "answer"), "yes");
            submitted.put(field(CHAIR, "note"), null);
            submitted.put(field(CADRES, "numerator"), 7);
            submitted.put(field(CADRES, "denominator"), 10);
            submitted.put(field(CADRES, "note"), "Danh sách tập huấn tháng 9");
            submitted.put(field(MEMBERS, "numerator"), 300);
            submitted.put(field(MEMBERS, "denominator"), 350);
            submitted.put(field(MEMBERS, "note"), "  ");
            submitted.put(field("CITIZEN_WORKERS_IN_FAMILIES", "numerator"), null);
            submitted.put(field("CITIZEN_WORKERS_IN_FAMILIES", "denominator"), null);
            forms.submitTaskForm(task.getId(), submitted);
        } finally {
            identity.clearAuthentication();
        }

        var unit = units.unitOn(commune, END_OF_2025).id();
        IndicatorValue cadres = values.find(unit, 2025, CADRES).orElseThrow();
        assertThat(List.of(cadres.numerator(), cadres.denominator())).containsExactly(7L, 10L);
        assertThat(cadres.enteredBy()).isEqualTo("ubnd." + commune);
        assertThat(cadres.version()).isEqualTo(2);
        IndicatorValue members = values.find(unit, 2025, MEMBERS).orElseThrow();
        assertThat(List.of(members.numerator(), members.denominator())).containsExactly(300L, 350L);
        assertThat(members.note()).isNull();
        IndicatorValue chair = values.find(unit, 2025, CHAIR).orElseThrow();
        assertThat(chair.version()).as("unchanged, not written again").isEqualTo(1);
        assertThat(chair.enteredBy()).isEqualTo(association.name());
        assertThat(values.find(unit, 2025, "CITIZEN_WORKERS_IN_FAMILIES")).as("left empty: not entered").isEmpty();
        assertThat(sheets.history(commune, 2025, CADRES)).extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.INDICATOR_VALUE_ENTERED, association.name()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.INDICATOR_VALUE_CHANGED, "ubnd." + commune));
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("reviewReport").count())
                .as("the report went up").isEqualTo(1);
    }

    @Test
    void theFormBindsTheVariablesTheTaskFillsInForEveryIndicatorACommuneEnters() throws Exception {
        JsonNode form;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/report-submission.form")) {
            form = json.readTree(in);
        }
        Set<String> keys = new TreeSet<>();
        List<String> expressions = new ArrayList<>();
        collect(form.path("components"), keys, expressions);
        Set<String> codes = new TreeSet<>();
        for (Plan plan : plans.findAll()) {
            if (Plan.PROGRAMME_387.equals(plan.programme())) {
                plan.indicators().stream().filter(i -> i.enteredAt(UnitLevel.COMMUNE)).map(PlanIndicator::code)
                        .forEach(codes::add);
            }
        }
        assertThat(codes).as("the shipped plans' indicators communes enter").hasSize(7).contains(CHAIR, CADRES, MEMBERS);

        for (String code : codes) {
            assertThat(keys).as(code).contains(field(code, "numerator"), field(code, "denominator"),
                    field(code, "answer"), field(code, "note"));
            assertThat(expressions).as(code).contains("=" + field(code, "offered") + " != true",
                    "=" + field(code, "kind") + " != \"YES_NO\"", "=" + field(code, "kind") + " != \"RATIO\"");
            assertThat(String.join("\n", expressions)).as(code).contains("{{" + field(code, "name") + "}}",
                    "{{" + field(code, "denominatorMeaning") + "}}");
        }
    }

    /** Every field key, and every text and hide expression, of a form's components and their groups. */
    private static void collect(JsonNode components, Set<String> keys, List<String> expressions) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            if (component.hasNonNull("text")) {
                expressions.add(component.get("text").asText());
            }
            if (component.path("conditional").hasNonNull("hide")) {
                expressions.add(component.path("conditional").get("hide").asText());
            }
            collect(component.path("components"), keys, expressions);
        }
    }
}
