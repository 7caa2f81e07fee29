package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Campaigns, subjects and a subject's year through the API. */
class CycleApiTest extends ApiContextTest {

    @Test
    void startsACampaignOnceForAUnitYearAndModel() throws Exception {
        String campaign = body(Map.of("unitCode", THANH_DONG, "year", 2026, "model", "CLAN"));
        mvc.perform(post(API + "/campaigns").with(thanhDong()).contentType(MediaType.APPLICATION_JSON).content(campaign))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.businessKey").value("CLAN:2026:" + THANH_DONG));
        mvc.perform(post(API + "/campaigns").with(thanhDong()).contentType(MediaType.APPLICATION_JSON).content(campaign))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("unitCode"))
                .andExpect(jsonPath("$.detail", containsString("đang chạy")));
    }

    @Test
    void theLocationOfAStartedCampaignTellsWhereTheCycleStands() throws Exception {
        String location = mvc.perform(post(API + "/campaigns").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", THANH_DONG, "year", 2026, "model", "CITIZEN"))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessKey").value("CITIZEN:2026:" + THANH_DONG))
                .andExpect(jsonPath("$.unitName").value("Phường Thành Đông"))
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.openPhases[0].phase").value("REGISTRATION"))
                .andExpect(jsonPath("$.openPhases[0].name").value("Đăng ký"))
                .andExpect(jsonPath("$.openTasks").isArray())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(location).with(province())).andExpect(status().isOk());
        mvc.perform(get(location).with(haiDuong())).andExpect(status().isForbidden());
        mvc.perform(get(API + "/campaigns/CITIZEN:2031:" + THANH_DONG).with(thanhDong()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("businessKey"));
        mvc.perform(get(API + "/campaigns/2026-" + THANH_DONG).with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("businessKey"));
    }

    @Test
    void refusesACampaignOfAnotherCommuneAProvinceAnUnknownUnitAndABadModel() throws Exception {
        mvc.perform(post(API + "/campaigns").with(haiDuong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", THANH_DONG, "year", 2026, "model", "UNIT"))))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/campaigns").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", HAI_PHONG, "year", 2026, "model", "UNIT"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitCode"))
                .andExpect(jsonPath("$.value").value(HAI_PHONG));
        mvc.perform(post(API + "/campaigns").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", "55555", "year", 2026, "model", "UNIT"))))
                .andExpect(status().isNotFound());
        mvc.perform(post(API + "/campaigns").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", THANH_DONG, "year", 2026, "model", "VILLAGE"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("model"))
                .andExpect(jsonPath("$.value").value("VILLAGE"));
        mvc.perform(post(API + "/campaigns").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", THANH_DONG, "year", "năm nay", "model", "UNIT"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void takesAHouseholdThroughItsYear() throws Exception {
        long subject = household(thanhDong());
        long registration = register(subject, thanhDong());

        mvc.perform(post(API + "/registrations").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", subject, "year", 2026))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("subjectId"));
        mvc.perform(get(API + "/registrations/" + registration).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"));

        String marks = fullMarks("FAMILY", 2026);
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(marks))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_ASSESSED"))
                .andExpect(jsonPath("$.scores[0].indicator").value("1.1"));
        mvc.perform(put(API + "/registrations/" + registration + "/verification").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(marks))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.verifier").value("hk.thanhdong"))
                .andExpect(jsonPath("$.decision").doesNotExist());
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(marks))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesPointsAboveTheMaximumAndAMissingIndicator() throws Exception {
        long registration = register(household(admin()), admin());
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fullMarks("FAMILY", 2026).replaceFirst("\"points\":10", "\"points\":11")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("scores[1.1].points"))
                .andExpect(jsonPath("$.value").value("11"));
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":[{\"indicator\":\"1.1\",\"points\":5}],\"evidence\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Thiếu điểm")));
        mvc.perform(put(API + "/registrations/" + registration + "/verification").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":[{\"indicator\":\"1.1\",\"points\":\"mười\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("scores[0].points"));
    }

    @Test
    void refusesAnotherCommunesRegistrationsAndUnknownOnes() throws Exception {
        long subject = household(thanhDong());
        mvc.perform(post(API + "/registrations").with(haiDuong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", subject, "year", 2026))))
                .andExpect(status().isForbidden());
        long registration = register(subject, cityAssociation());
        mvc.perform(get(API + "/registrations/" + registration).with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(haiDuong())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isForbidden());
        mvc.perform(put(API + "/registrations/" + registration + "/verification").with(haiDuong())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/registrations/987654").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("registrationId"));
        mvc.perform(put(API + "/registrations/987654/verification").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isNotFound());
        mvc.perform(put(API + "/registrations/987654/self-assessment").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isNotFound());
        mvc.perform(post(API + "/registrations").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", 987654, "year", 2026))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("subjectId"));
        mvc.perform(post(API + "/registrations").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", subject))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void refusesSubjectsOutOfReachDuplicatedOrIncomplete() throws Exception {
        String externalId = "HGD-" + UUID.randomUUID();
        String subject = body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "name", "Hộ ông Trần Văn Bình",
                "externalId", externalId));
        mvc.perform(post(API + "/subjects").with(haiDuong()).contentType(MediaType.APPLICATION_JSON).content(subject))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON).content(subject))
                .andExpect(status().isCreated());
        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON).content(subject))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("externalId"))
                .andExpect(jsonPath("$.value").value(externalId));
        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "externalId", "HGD-x"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
        mvc.perform(post(API + "/subjects").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", "44444", "name", "Hộ bà Lê Thị Hoa",
                                "externalId", "HGD-y"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("unitCode"));
    }

    private long household(RequestPostProcessor who) throws Exception {
        String response = mvc.perform(post(API + "/subjects").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", THANH_DONG,
                                "name", "Hộ ông Nguyễn Văn An", "externalId", "HGD-" + UUID.randomUUID()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private long register(long subject, RequestPostProcessor who) throws Exception {
        String response = mvc.perform(post(API + "/registrations").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", subject, "year", 2026))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }
}
