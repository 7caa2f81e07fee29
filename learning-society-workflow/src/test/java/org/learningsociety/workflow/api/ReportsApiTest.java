package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Attainment reports, and who may read them: the commune, its province, the administrators. */
class ReportsApiTest extends ApiContextTest {

    @Test
    void reportsACommuneToItsOwnOfficer() throws Exception {
        mvc.perform(get(API + "/reports/attainment").param("unit", THANH_DONG).param("year", "2024")
                        .param("model", "FAMILY").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value(THANH_DONG))
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.model").value("FAMILY"))
                .andExpect(jsonPath("$.target").value(65))
                .andExpect(jsonPath("$.subjects").isNumber())
                .andExpect(jsonPath("$.registered").isNumber())
                .andExpect(jsonPath("$.recognised").isNumber())
                .andExpect(jsonPath("$.children").isArray());
    }

    @Test
    void reportsTheProvinceToItsOfficerWithTheUnitsBeneathIt() throws Exception {
        mvc.perform(get(API + "/reports/attainment").param("unit", HAI_PHONG).param("year", "2024")
                        .param("model", "FAMILY").with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children.length()", greaterThan(10)));
        mvc.perform(get(API + "/reports/attainment").param("unit", THANH_DONG).param("year", "2024")
                        .param("model", "FAMILY").with(province()))
                .andExpect(status().isOk());
    }

    @Test
    void refusesTheProvinceToACommuneOfficerAndACommuneToAnotherCommune() throws Exception {
        mvc.perform(get(API + "/reports/attainment").param("unit", HAI_PHONG).param("year", "2024")
                        .param("model", "FAMILY").with(thanhDong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/reports/attainment").param("unit", THANH_DONG).param("year", "2024")
                        .param("model", "FAMILY").with(haiDuong()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.field").value("unit"))
                .andExpect(jsonPath("$.value").value(THANH_DONG));
    }

    @Test
    void letsAnAdministratorReadAnything() throws Exception {
        mvc.perform(get(API + "/reports/attainment").param("unit", HAI_DUONG).param("year", "2024")
                        .param("model", "CLAN").with(admin()))
                .andExpect(status().isOk());
    }

    @Test
    void refusesAnUnknownUnitAndABadModel() throws Exception {
        mvc.perform(get(API + "/reports/attainment").param("unit", "66666").param("year", "2024")
                        .param("model", "FAMILY").with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/reports/attainment").param("unit", THANH_DONG).param("year", "2024")
                        .param("model", "family").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("model"));
    }
}
