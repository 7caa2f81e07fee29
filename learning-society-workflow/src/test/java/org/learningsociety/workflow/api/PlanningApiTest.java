package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Targets, criteria sets and the cycle's timeline. */
class PlanningApiTest extends ApiContextTest {

    @Test
    void answersTheTargetAndWhereItComesFrom() throws Exception {
        mvc.perform(get(API + "/targets").param("unit", THANH_DONG).param("year", "2024").param("model", "FAMILY")
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target").value(65))
                .andExpect(jsonPath("$.source").value("STATED"))
                .andExpect(jsonPath("$.derived").value(false))
                .andExpect(jsonPath("$.plan", notNullValue()));
    }

    @Test
    void refusesABadModelAYearOutsideThePlanAndAnUnknownUnit() throws Exception {
        mvc.perform(get(API + "/targets").param("unit", THANH_DONG).param("year", "2024").param("model", "HOUSE")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("model"))
                .andExpect(jsonPath("$.value").value("HOUSE"))
                .andExpect(jsonPath("$.detail", containsString("FAMILY")));
        mvc.perform(get(API + "/targets").param("unit", THANH_DONG).param("year", "2040").param("model", "FAMILY")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        mvc.perform(get(API + "/targets").param("unit", "77777").param("year", "2024").param("model", "FAMILY")
                        .with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/targets").param("unit", THANH_DONG).param("model", "FAMILY").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void refusesTheTargetsOfAnotherCommune() throws Exception {
        mvc.perform(get(API + "/targets").param("unit", THANH_DONG).param("year", "2024").param("model", "FAMILY")
                        .with(haiDuong()))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheCriteriaSetInForce() throws Exception {
        mvc.perform(get(API + "/criteria-sets").param("model", "FAMILY").param("year", "2026").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version", notNullValue()))
                .andExpect(jsonPath("$.criteria[0].code").value("1"))
                .andExpect(jsonPath("$.criteria[0].indicators[0].code").value("1.1"))
                .andExpect(jsonPath("$.criteria[0].indicators[0].maxPoints").value(10))
                .andExpect(jsonPath("$.criteria[0].indicators[0].evidenceRequired").value(true))
                .andExpect(jsonPath("$.criteria[1].indicators[0].sample").value(true))
                // 2026: the sample successor of the 448 set, nothing of which is in the sources
                .andExpect(jsonPath("$.key").value("family-successor-2021"))
                .andExpect(jsonPath("$.criteria[0].sample").value(true))
                .andExpect(jsonPath("$.criteria[0].nameSample").value(true))
                .andExpect(jsonPath("$.criteria[0].indicators[0].sample").value(true));
        mvc.perform(get(API + "/criteria-sets").param("model", "FAMILY").param("year", "2020").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("family-448-2015"))
                .andExpect(jsonPath("$.validToYear").value(2020))
                // the 2015 family set's criteria render DOMAIN.md; its items' wording is the project's placeholder
                .andExpect(jsonPath("$.criteria[0].nameSample").value(false))
                .andExpect(jsonPath("$.criteria[0].indicators[0].sample").value(false))
                .andExpect(jsonPath("$.criteria[0].indicators[0].nameSample").value(true));
    }

    @Test
    void refusesACriteriaSetBeforeAnyAndABadYear() throws Exception {
        mvc.perform(get(API + "/criteria-sets").param("model", "FAMILY").param("year", "2000").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("year"))
                .andExpect(jsonPath("$.value").value("2000"));
        mvc.perform(get(API + "/criteria-sets").param("model", "FAMILY").param("year", "hai nghìn").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void listsTheTimersOfTheYearInDateOrder() throws Exception {
        mvc.perform(get(API + "/timelines").param("year", "2026").param("plan", "hai-phong-46-kh-ubnd-2022")
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timers.length()", greaterThan(0)))
                .andExpect(jsonPath("$.timers[0].date", notNullValue()))
                .andExpect(jsonPath("$.planNumber", notNullValue()));
    }

    @Test
    void refusesAnUnknownPlan() throws Exception {
        mvc.perform(get(API + "/timelines").param("year", "2026").param("plan", "khong-co").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("plan"))
                .andExpect(jsonPath("$.value").value("khong-co"));
    }
}
