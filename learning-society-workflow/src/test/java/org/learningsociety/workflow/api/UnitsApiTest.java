package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class UnitsApiTest extends ApiContextTest {

    @Test
    void showsAUnitAsItIsToday() throws Exception {
        mvc.perform(get(API + "/units/" + THANH_DONG).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(THANH_DONG))
                .andExpect(jsonPath("$.name").value("Phường Thành Đông"))
                .andExpect(jsonPath("$.level").value("COMMUNE"))
                .andExpect(jsonPath("$.parentCode").value(HAI_PHONG));
    }

    @Test
    void showsTheUnitThatHeldTheCodeBeforeTheReform() throws Exception {
        mvc.perform(get(API + "/units/" + THANH_DONG).param("on", "2024-06-01").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phường Cẩm Thượng"))
                .andExpect(jsonPath("$.parentCode").value("288"));
    }

    @Test
    void answersTheCurrentSuccessorsOfAPastUnit() throws Exception {
        mvc.perform(get(API + "/units/10510/successors").param("on", "2024-06-01").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(THANH_DONG));
    }

    @Test
    void answersTheCurrentSuccessorsOfAnAbolishedUnitWithoutADate() throws Exception {
        mvc.perform(get(API + "/units/10510/successors").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(THANH_DONG));
        mvc.perform(get(API + "/units/10510/successors").with(haiDuong()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSuccessorsOfACurrentUnitWithoutADateAreTheUnitItself() throws Exception {
        mvc.perform(get(API + "/units/" + THANH_DONG + "/successors").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value(THANH_DONG));
    }

    @Test
    void aCodeThatNeverMeantAUnitHasNoSuccessors() throws Exception {
        mvc.perform(get(API + "/units/12345/successors").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.detail", containsString("từng mang mã 12345")));
    }

    @Test
    void refusesTheSuccessorsOfAnotherCommunesPastUnits() throws Exception {
        mvc.perform(get(API + "/units/10510/successors").param("on", "2024-06-01").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(THANH_DONG));
        mvc.perform(get(API + "/units/10510/successors").param("on", "2024-06-01").with(haiDuong()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.field").value("code"));
        mvc.perform(get(API + "/units/10510/successors").param("on", "2030-99-01").with(thanhDong()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(API + "/units/12345/successors").param("on", "2024-06-01").with(thanhDong()))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesAnUnknownCodeWithNotFound() throws Exception {
        mvc.perform(get(API + "/units/99999").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("code"))
                .andExpect(jsonPath("$.value").value("99999"))
                .andExpect(jsonPath("$.detail", containsString("99999")));
    }

    @Test
    void refusesABadDate() throws Exception {
        mvc.perform(get(API + "/units/" + THANH_DONG).param("on", "2024-13-45").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("on"))
                .andExpect(jsonPath("$.detail", containsString("2024-13-45")));
    }

    @Test
    void refusesAnotherCommunesOfficer() throws Exception {
        mvc.perform(get(API + "/units/" + THANH_DONG).with(haiDuong()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Phường Thành Đông")));
    }

    @Test
    void asksForCredentials() throws Exception {
        mvc.perform(get(API + "/units/" + THANH_DONG))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // a user of its own: Camunda's identity service delays the next logins of a user after a wrong
        // password, and the tests after this one log in as the shared officers
        user("hk.thanhdong.sai-mat-khau", "hoikhuyenhoc" + THANH_DONG);
        mvc.perform(get(API + "/units/" + THANH_DONG).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("hk.thanhdong.sai-mat-khau", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void addsAVillageUnderACommune() throws Exception {
        mvc.perform(post(API + "/units").with(ubndThanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "10507-T01", "name", "Tổ dân phố Nguyễn Lương Bằng",
                                "level", "VILLAGE", "parentCode", THANH_DONG, "validFrom", "2025-07-01"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/units/10507-T01")))
                .andExpect(jsonPath("$.parentCode").value(THANH_DONG));

        mvc.perform(post(API + "/units").with(ubndThanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "10507-T01", "name", "Tổ dân phố trùng mã",
                                "level", "VILLAGE", "parentCode", THANH_DONG, "validFrom", "2025-07-01"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("code"))
                .andExpect(jsonPath("$.value").value("10507-T01"));
    }

    @Test
    void refusesAVillageOfAnotherCommune() throws Exception {
        mvc.perform(post(API + "/units").with(haiDuong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "10507-T99", "name", "Tổ dân phố 99", "level", "VILLAGE",
                                "parentCode", THANH_DONG, "validFrom", "2025-07-01"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAUnitThatIsNoVillage() throws Exception {
        mvc.perform(post(API + "/units").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "99998", "name", "Xã mới", "level", "COMMUNE",
                                "parentCode", HAI_PHONG, "validFrom", "2025-07-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("level"))
                .andExpect(jsonPath("$.value").value("COMMUNE"));
    }

    @Test
    void refusesAnUnknownLevelABadDateAndBrokenJson() throws Exception {
        mvc.perform(post(API + "/units").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "10507-X", "name", "Xóm", "level", "XOM",
                                "parentCode", THANH_DONG, "validFrom", "2025-07-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("level"))
                .andExpect(jsonPath("$.detail", containsString("VILLAGE")));
        mvc.perform(post(API + "/units").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "10507-X", "name", "Xóm", "level", "VILLAGE",
                                "parentCode", THANH_DONG, "validFrom", "2025-02-30"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("validFrom"))
                .andExpect(jsonPath("$.value").value("2025-02-30"));
        mvc.perform(post(API + "/units").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("JSON")));
    }

    @Test
    void refusesAnUnknownParentWithNotFound() throws Exception {
        mvc.perform(post(API + "/units").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "88888-T1", "name", "Tổ dân phố 1", "level", "VILLAGE",
                                "parentCode", "88888", "validFrom", "2025-07-01"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("parentCode"));
    }
}
