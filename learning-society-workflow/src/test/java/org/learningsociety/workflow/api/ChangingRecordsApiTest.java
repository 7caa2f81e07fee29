package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The rest of the domain over REST: revoking a recognition, moving a subject, proposing, refusing and deciding commendations. */
class ChangingRecordsApiTest extends ApiContextTest {

    @Autowired
    Recognising recognising;

    @Test
    void revokingARecognitionKeepsTheDecisionAndRecordsTheReason() throws Exception {
        String village = newVillage();
        long registration = recognised(village, "Hộ ông Lâm Văn Đức");

        mvc.perform(post(API + "/registrations/" + registration + "/revocation").with(haiDuong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("reason", "Khai sai"))))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/registrations/" + registration + "/revocation").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(post(API + "/registrations/" + registration + "/revocation").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("reason", "Gia đình có thành viên vi phạm pháp luật"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_RECOGNISED"))
                .andExpect(jsonPath("$.nonRecognitionReason").value("Gia đình có thành viên vi phạm pháp luật"))
                .andExpect(jsonPath("$.decision.number").isString());
        mvc.perform(get(API + "/registrations/" + registration + "/history").with(thanhDong()))
                .andExpect(jsonPath("$.entries[*].action", hasItem("RECOGNITION_REVOKED")));
        mvc.perform(post(API + "/registrations/" + registration + "/revocation").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("reason", "Lần nữa"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("registrationId"));
    }

    @Test
    void aSubjectMovesToAnotherVillageAndItsPastYearStaysWhereItWasMade() throws Exception {
        String from = newVillage();
        String to = newVillage();
        long subject = addSubject(from, "FAMILY", "Hộ bà Đinh Thị Hằng", from + "-1");
        long registration = registerFor(subject, 2026);

        mvc.perform(put(API + "/subjects/" + subject + "/unit").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", HAI_DUONG))))
                .andExpect(status().isForbidden());
        mvc.perform(put(API + "/subjects/" + subject + "/unit").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", "1059999999"))))
                .andExpect(status().isNotFound());
        mvc.perform(put(API + "/subjects/" + subject + "/unit").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", to))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(subject));

        mvc.perform(get(API + "/subjects").param("unit", to).with(thanhDong()))
                .andExpect(jsonPath("$.items[0].id").value(subject));
        mvc.perform(get(API + "/subjects").param("unit", from).with(thanhDong()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/registrations").param("unit", from).param("year", "2026").with(thanhDong()))
                .andExpect(jsonPath("$.items[0].id").value(registration));
    }

    @Test
    void commendationsAreProposedRefusedAndDecidedWithTheirList() throws Exception {
        String village = newVillage();
        long first = recognised(village, "Hộ ông Hoàng Văn Sơn");
        long second = recognised(village, "Hộ bà Trịnh Thị Lý");
        long third = recognised(village, "Hộ ông Quách Văn Tín");

        String location = mvc.perform(post(API + "/commendations").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("registrationIds", List.of(first), "form", "GIAY_KHEN"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].status").value("PROPOSED"))
                .andExpect(jsonPath("$[0].proposedBy").value("hk.thanhdong"))
                .andReturn().getResponse().getHeader("Location");
        long proposal = json.readTree(mvc.perform(get(location).with(thanhDong())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(post(API + "/commendations").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("registrationIds", List.of(first), "form", "GIAY_KHEN"))))
                .andExpect(status().isConflict());
        String both = mvc.perform(post(API + "/commendations").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("registrationIds", List.of(second, third), "form", "GIAY_KHEN"))))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Location"))
                .andReturn().getResponse().getContentAsString();
        long secondProposal = json.readTree(both).get(0).get("id").asLong();
        long thirdProposal = json.readTree(both).get(1).get("id").asLong();

        mvc.perform(post(API + "/commendations/" + thirdProposal + "/refusal").with(haiDuong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("reason", "x"))))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/commendations/" + thirdProposal + "/refusal").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("reason", "Chưa tiêu biểu"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.statusName").value("Không khen thưởng"))
                .andExpect(jsonPath("$.refusalReason").value("Chưa tiêu biểu"));

        Map<String, Object> decision = Map.of("kind", "COMMENDATION", "number", "7/QĐ-UBND-" + village,
                "date", "2026-12-20", "signer", "Chủ tịch UBND phường Trần Văn An", "issuingUnitCode", THANH_DONG,
                "year", 2026, "model", "FAMILY", "form", "GIAY_KHEN", "approved", List.of(proposal),
                "refused", List.of(Map.of("commendationId", secondProposal, "reason", "Đã khen năm trước")));
        mvc.perform(post(API + "/decisions").with(haiDuong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(decision)))
                .andExpect(status().isForbidden());
        String decisionLocation = mvc.perform(post(API + "/decisions").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(decision)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.kind").value("COMMENDATION"))
                .andExpect(jsonPath("$.commended.length()").value(1))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(decisionLocation).with(thanhDong()))
                .andExpect(jsonPath("$.decision.formName").value("Giấy khen"))
                .andExpect(jsonPath("$.commended[0].subjectName").value("Hộ ông Hoàng Văn Sơn"))
                .andExpect(jsonPath("$.commended[0].status").value("APPROVED"));
        mvc.perform(get(API + "/commendations").param("unit", village).param("status", "REFUSED").with(thanhDong()))
                .andExpect(jsonPath("$.total").value(2));

        Map<String, Object> recognition = new java.util.HashMap<>(decision);
        recognition.put("kind", "RECOGNITION");
        mvc.perform(post(API + "/decisions").with(ubndThanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(recognition)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
    }

    /** A family of {@code village} verified with full marks and recognised by a decision of Thành Đông; its registration. */
    long recognised(String village, String name) throws Exception {
        long registration = registerFor(addSubject(village, "FAMILY", name, village + "-" + name.hashCode()), 2026);
        verifyWithFullMarks(registration);
        Decision decision = recognising.recognise(new NewDecision(Math.abs(name.hashCode()) + "/QĐ-UBND-" + village,
                        LocalDate.of(2026, 12, 10), "Chủ tịch UBND phường Trần Văn An", THANH_DONG), 2026,
                LearningModel.FAMILY, List.of(new RegistrationId(registration)), Map.of());
        assertThat(decision.kind()).isEqualTo(Decision.Kind.RECOGNITION);
        return registration;
    }
}
