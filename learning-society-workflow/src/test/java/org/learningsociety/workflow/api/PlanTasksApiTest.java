package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.problem.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hải Phòng's division of tasks (46/KH-UBND §V, as shipped) through the API: the city's 2022 tasks with
 * the plan's words, bodies and due dates, the Department of Education's December 2022 row overdue; the
 * city's association sets its own row, and the emulation board, a commune's association and the
 * association on the department's row (the People's Committee's to set) are refused.
 */
class PlanTasksApiTest extends ApiContextTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.learningsociety.core.audit.AuditTrail audit;

    private JsonNode cityTasks2022(RequestPostProcessor officer) throws Exception {
        return json.readTree(mvc.perform(get(API + "/plan-tasks").param("unit", HAI_PHONG).param("year", "2022")
                .with(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static long idOf(JsonNode sheet, int task) {
        for (JsonNode line : sheet.path("tasks")) {
            if (line.path("taskNumber").asInt() == task) {
                return line.path("id").asLong();
            }
        }
        throw new AssertionError("no task " + task + " in " + sheet);
    }

    private ResultActions set(RequestPostProcessor officer, long id, Map<String, ?> change) throws Exception {
        return mvc.perform(put(API + "/plan-tasks/" + id + "/status").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body(change)));
    }

    @Test
    void theCitysTasksOfAYearComeWithThePlansWordsDueDatesAndTheOverdueOne() throws Exception {
        mvc.perform(get(API + "/plan-tasks").param("unit", HAI_PHONG).param("year", "2022").with(cityAssociation()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value(HAI_PHONG))
                .andExpect(jsonPath("$.year").value(2022))
                .andExpect(jsonPath("$.plans[?(@.number == '46/KH-UBND')].tasks").value(4))
                .andExpect(jsonPath("$.tasks", hasSize(3)))
                .andExpect(jsonPath("$.tasks[*].taskNumber").value(org.hamcrest.Matchers.contains(1, 2, 8)))
                .andExpect(jsonPath("$.tasks[1].body.body").value("EDUCATION_DEPARTMENT"))
                .andExpect(jsonPath("$.tasks[1].body.name").value("Sở Giáo dục và Đào tạo"))
                .andExpect(jsonPath("$.tasks[1].statusSetBy").value("Ủy ban nhân dân"))
                .andExpect(jsonPath("$.tasks[1].timing").value("trong tháng 12/2022"))
                .andExpect(jsonPath("$.tasks[1].dueDate").value("2022-12-31"))
                .andExpect(jsonPath("$.tasks[1].overdue").value(true))
                .andExpect(jsonPath("$.tasks[1].joining[0].name").value("Hội Khuyến học thành phố"))
                .andExpect(jsonPath("$.tasks[0].body.name").value("Hội Khuyến học Hải Phòng"))
                .andExpect(jsonPath("$.tasks[0].dueDate").doesNotExist())
                .andExpect(jsonPath("$.tasks[0].overdue").value(false));
        // a commune: the plan's rows are the city's and the districts', none a commune's
        mvc.perform(get(API + "/plan-tasks").param("unit", THANH_DONG).param("year", "2026").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks", hasSize(0)))
                .andExpect(jsonPath("$.plans[?(@.number == '46/KH-UBND')].tasks").value(4));
    }

    @Test
    void onlyTheBodyAnsweringForATaskSetsItsStatusAndItIsAudited() throws Exception {
        JsonNode sheet = cityTasks2022(cityAssociation());
        long association = idOf(sheet, 1);
        long department = idOf(sheet, 2);
        String outOfScope = ProblemType.OUT_OF_SCOPE.uri().toString();

        // the city's emulation board reaches the city, but is not the association
        set(province(), association, Map.of("status", "DONE")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(outOfScope))
                .andExpect(jsonPath("$.detail").value(containsString("Chỉ Hội Khuyến học")));
        // a commune's association does not reach the city
        set(thanhDong(), association, Map.of("status", "DONE")).andExpect(status().isForbidden());
        // the department's row is set by the city's People's Committee, not the association
        set(cityAssociation(), department, Map.of("status", "DONE")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Ủy ban nhân dân")));
        set(cityAssociation(), association, Map.of("status", "XONG")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));

        int version = 0;
        for (JsonNode line : cityTasks2022(cityAssociation()).path("tasks")) {
            if (line.path("id").asLong() == association) {
                version = line.path("version").asInt();
            }
        }
        set(cityAssociation(), association, Map.of("status", "IN_PROGRESS", "note", "Đã kiểm tra 3 quận",
                "version", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.statusName").value("Đang thực hiện"))
                .andExpect(jsonPath("$.note").value("Đã kiểm tra 3 quận"))
                .andExpect(jsonPath("$.setBy").value("hk.haiphong"))
                .andExpect(jsonPath("$.version").value(version + 1));
        org.assertj.core.api.Assertions.assertThat(audit.historyOf(
                org.learningsociety.core.audit.Audited.PLAN_TASK_ITEM, association))
                .extracting(r -> r.action(), r -> r.actor(), r -> r.after())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        org.learningsociety.core.audit.AuditAction.PLAN_TASK_STATUS_SET, "hk.haiphong",
                        "31 2022 hai-phong-46-kh-ubnd-2022#1 ASSOCIATION: IN_PROGRESS (ghi chú: Đã kiểm tra 3 quận)"));
        // the same version again: changed meanwhile
        set(cityAssociation(), association, Map.of("status", "DONE", "version", version))
                .andExpect(status().isConflict());
    }
}
