package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A commune assessed as a learning community (Circular 25/2023/TT-BGDĐT) on its own criteria set, not the
 * village set, and recognised by the authority the set's file names for a commune after the 2025 reform —
 * the province's People's Committee — while the commune's own People's Committee is refused, told who
 * recognises.
 */
class CommuneAsLearningCommunityTest extends ApiContextTest {

    @Autowired
    CriteriaSets criteriaSets;
    @Autowired
    YearlyRecords records;

    private RequestPostProcessor ubndHaiPhong() {
        user("ubnd.haiphong", OfficerRole.PEOPLES_COMMITTEE.groupId(HAI_PHONG));
        return httpBasic("ubnd.haiphong", "secret");
    }

    @Test
    void theCriteriaSetsAnswerNamesTheCommunesOwnSetAndWhoEvaluatesAndRecognisesIt() throws Exception {
        mvc.perform(get(API + "/criteria-sets").param("model", "COMMUNITY").param("year", "2026")
                        .param("level", "COMMUNE").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("community-25-2023-commune"))
                .andExpect(jsonPath("$.level").value("COMMUNE"))
                .andExpect(jsonPath("$.evaluates.body").value("EDUCATION_DEPARTMENT"))
                .andExpect(jsonPath("$.evaluates.level").value("PROVINCE"))
                .andExpect(jsonPath("$.evaluates.name").value("Sở Giáo dục và Đào tạo"))
                .andExpect(jsonPath("$.recognises.body").value("PEOPLES_COMMITTEE"))
                .andExpect(jsonPath("$.recognises.level").value("PROVINCE"))
                .andExpect(jsonPath("$.recognises.name").value("Ủy ban nhân dân cấp tỉnh"))
                .andExpect(jsonPath("$.recognises.sample").value(true))
                .andExpect(jsonPath("$.authorities.length()").value(2));
        // without a level, the model's usual subject: a village, on the village set its commune recognises
        mvc.perform(get(API + "/criteria-sets").param("model", "COMMUNITY").param("year", "2026").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("community-successor-2021"))
                .andExpect(jsonPath("$.level").value("VILLAGE"))
                .andExpect(jsonPath("$.recognises.level").value("COMMUNE"))
                .andExpect(jsonPath("$.recognises.name").value("Ủy ban nhân dân cấp xã"));
    }

    @Test
    void aCommuneIsAssessedOnItsOwnSetAndRecognisedByTheProvinceNotByItself() throws Exception {
        long subject = addSubject(THANH_DONG, "COMMUNITY", "Phường Thành Đông", "CDHT-" + UUID.randomUUID());
        long registration = registerFor(subject, 2026);

        // scored on the commune's set of Circular 25/2023, not on the village community's
        var stored = records.registration(new RegistrationId(registration));
        assertThat(stored.criteriaSet())
                .isEqualTo(criteriaSets.findByKey("community-25-2023-commune").orElseThrow().id());

        JsonNode set = json.readTree(mvc.perform(get(API + "/criteria-sets").param("model", "COMMUNITY")
                .param("year", "2026").param("level", "COMMUNE").with(admin())).andReturn().getResponse()
                .getContentAsString());
        String marks = fullMarks(json, set);
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(marks))
                .andExpect(status().isOk());
        mvc.perform(put(API + "/registrations/" + registration + "/verification").with(cityAssociation())
                        .contentType(MediaType.APPLICATION_JSON).content(marks))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.total").value(100));

        // the commune's own People's Committee: refused, told who recognises a commune
        String ownDecision = body(Map.of("number", "15/QĐ-UBND-" + registration, "date", "2026-12-10",
                "signer", "Chủ tịch UBND phường Trần Văn An", "issuingUnitCode", THANH_DONG));
        mvc.perform(post(API + "/registrations/" + registration + "/recognition").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(ownDecision))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.field").value("issuingUnitCode"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "do Ủy ban nhân dân cấp tỉnh (Thành phố Hải Phòng) công nhận")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "đơn vị ban hành Phường Thành Đông không có thẩm quyền ra quyết định công nhận này")));
        // nor may it sign in the province's name
        String provinceDecision = body(Map.of("number", "2468/QĐ-UBND-" + registration, "date", "2026-12-15",
                "signer", "Chủ tịch UBND thành phố Hải Phòng", "issuingUnitCode", HAI_PHONG));
        mvc.perform(post(API + "/registrations/" + registration + "/recognition").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(provinceDecision))
                .andExpect(status().isForbidden());
        // the association verifies but does not recognise
        mvc.perform(post(API + "/registrations/" + registration + "/recognition").with(cityAssociation())
                        .contentType(MediaType.APPLICATION_JSON).content(provinceDecision))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/registrations/" + registration).with(thanhDong()))
                .andExpect(jsonPath("$.status").value("VERIFIED"));

        // the province's People's Committee, as the file names it after 1/7/2025
        String issued = mvc.perform(post(API + "/registrations/" + registration + "/recognition").with(ubndHaiPhong())
                        .contentType(MediaType.APPLICATION_JSON).content(provinceDecision))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.issuingUnitCode").value(HAI_PHONG))
                .andExpect(jsonPath("$.registrationId").value(registration))
                .andReturn().getResponse().getContentAsString();
        long decision = json.readTree(issued).get("decisionId").asLong();
        mvc.perform(get(API + "/decisions/" + decision).with(ubndHaiPhong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.kind").value("RECOGNITION"))
                .andExpect(jsonPath("$.decision.issuingUnitCode").value(HAI_PHONG))
                .andExpect(jsonPath("$.decision.model").value("COMMUNITY"))
                .andExpect(jsonPath("$.recognised[0].id").value(registration));
        mvc.perform(get(API + "/registrations/" + registration).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECOGNISED"))
                .andExpect(jsonPath("$.decision.number").value("2468/QĐ-UBND-" + registration));
    }
}
