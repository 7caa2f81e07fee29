package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Issue 18's two reporting chains through the starter: a Thái Bình commune's yearly report of 2024 goes
 * up the association's chain (Hội Khuyến học xã → huyện, before 1 December, plan 29/KH-KHKH) and the
 * state's (the yearly review of Quý IV to the steering committee), each a process of its own, with its
 * own deadline, recipient and officers, both shown by {@code GET /reports/status}.
 */
class TwoReportingChainsTest extends ApiContextTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    /** Thái Bình's code: the scope of its plan 29/KH-KHKH. */
    private static final String THAI_BINH = "34";
    /** A district and a commune of Thái Bình before the reform (their codes are the test's own). */
    private static final String DISTRICT = "34902";
    private static final String COMMUNE = "3490201";

    /** Thái Bình (as ReportStatusApiTest adds it, if it is not there yet), a district and a commune until the reform. */
    private synchronized void thaiBinhCommune() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        if (unitRepository.findLatestByCode(COMMUNE).isPresent()) {
            return;
        }
        AdministrativeUnit province = province(THAI_BINH, "Tỉnh Thái Bình");
        UnitId ids = unitRepository.nextIds(2);
        Period untilTheReform = Period.between(from, LocalDate.of(2025, 6, 30));
        unitRepository.add(new AdministrativeUnit(ids, DISTRICT, "Huyện Thử (Thái Bình, trong phép thử)",
                UnitLevel.DISTRICT, province.id(), untilTheReform, null));
        unitRepository.add(new AdministrativeUnit(new UnitId(ids.value() + 1), COMMUNE, "Xã Thử (Thái Bình, trong phép thử)",
                UnitLevel.COMMUNE, ids, untilTheReform, null));
    }

    private String processOf(String businessKey) {
        var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
        assertThat(process).as(businessKey).isNotNull();
        return process.getId();
    }

    /** Runs the jobs the process has now (its compiling): the report is compiled and dated. */
    private void compile(String businessKey) {
        management.createJobQuery().processInstanceId(processOf(businessKey)).list().stream()
                .filter(job -> job.getDuedate() == null)
                .forEach(job -> management.executeJob(job.getId()));
    }

    private Task submitTask(String businessKey) {
        return tasks.createTaskQuery().processInstanceId(processOf(businessKey)).taskDefinitionKey("submitReport")
                .singleResult();
    }

    @Test
    void aCommunesAssociationReportAndItsStateReportOfOneYearRunApartWithTheirOwnDeadlines() throws Exception {
        thaiBinhCommune();
        String association = "2024:" + COMMUNE + ":ASSOCIATION";
        String state = "2024:" + COMMUNE;

        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + DISTRICT + "\",\"period\":\"2024\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.started").value(org.hamcrest.Matchers.hasItems(state, association,
                        "2024:" + DISTRICT, "2024:" + DISTRICT + ":ASSOCIATION")));
        compile(association);
        compile(state);

        // each chain its own process, deadline, recipient and officers, from plan 29/KH-KHKH
        assertThat(runtime.getVariable(processOf(association), "reportDueAt"))
                .as("trước ngày 01 tháng 12").isEqualTo("2024-11-30T23:59:59+07:00");
        assertThat(runtime.getVariable(processOf(state), "reportDueAt"))
                .as("Quý IV").isEqualTo("2024-12-31T23:59:59+07:00");
        assertThat(runtime.getVariable(processOf(association), "chain")).isEqualTo("ASSOCIATION");
        assertThat(runtime.getVariable(processOf(state), "chain")).isEqualTo("STATE");

        Task associationTask = submitTask(association);
        Task stateTask = submitTask(state);
        assertThat(tasks.getIdentityLinksForTask(associationTask.getId())).extracting(l -> l.getGroupId())
                .containsExactly("hoikhuyenhoc" + COMMUNE);
        assertThat(tasks.getIdentityLinksForTask(stateTask.getId())).extracting(l -> l.getGroupId())
                .containsExactly("ubnd" + COMMUNE);
        assertThat(associationTask.getName()).contains("theo hệ thống Hội Khuyến học")
                .contains("gửi Hội Khuyến học huyện, thành phố");
        assertThat(stateTask.getName()).contains("theo hệ thống chính quyền")
                .contains("gửi Ban Chỉ đạo xây dựng xã hội học tập cùng cấp");

        // the association's officers send theirs; the state's stays a draft
        tasks.complete(associationTask.getId(), Map.of("reportNumber", "12/BC-KH", "reportDate", "2024-11-28",
                "signer", "Nguyễn Văn Hội"));
        Task review = tasks.createTaskQuery().processInstanceId(processOf(association))
                .taskDefinitionKey("reviewReport").singleResult();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
                .containsExactly("hoikhuyenhoc" + DISTRICT);

        mvc.perform(get(API + "/reports/status").with(admin()).param("unit", COMMUNE).param("period", "2024"))
                .andExpect(status().isOk())
                // the existing fields: the first chain the plans date, the state's
                .andExpect(jsonPath("$.chain").value("STATE"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.deadline").value("2024-12-31"))
                .andExpect(jsonPath("$.chains.length()").value(2))
                .andExpect(jsonPath("$.chains[0].chain").value("STATE"))
                .andExpect(jsonPath("$.chains[0].chainName").value("hệ thống chính quyền"))
                .andExpect(jsonPath("$.chains[0].recipient")
                        .value("Ban Chỉ đạo xây dựng xã hội học tập cùng cấp và các cơ quan có thẩm quyền"))
                .andExpect(jsonPath("$.chains[0].deadline").value("2024-12-31"))
                .andExpect(jsonPath("$.chains[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.chains[1].chain").value("ASSOCIATION"))
                .andExpect(jsonPath("$.chains[1].chainName").value("hệ thống Hội Khuyến học"))
                .andExpect(jsonPath("$.chains[1].recipient").value("Hội Khuyến học huyện, thành phố"))
                .andExpect(jsonPath("$.chains[1].deadline").value("2024-11-30"))
                .andExpect(jsonPath("$.chains[1].status").value("SUBMITTED"));

        // the district sees its commune's report in the association's chain only
        mvc.perform(get(API + "/reports/status").with(admin()).param("unit", DISTRICT).param("period", "2024")
                        .param("chain", "ASSOCIATION"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chain").value("ASSOCIATION"))
                .andExpect(jsonPath("$.recipient").value("Văn phòng Hội Khuyến học tỉnh"))
                .andExpect(jsonPath("$.children[0].unit").value(COMMUNE))
                .andExpect(jsonPath("$.children[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.chains[0].chain").value("STATE"))
                .andExpect(jsonPath("$.chains[0].children[0].status").value("DRAFT"));
    }
}
