package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Reading back what a portal wrote: the subjects, registrations, decisions, commendations and
 * campaigns of a unit's subtree a page at a time, and a unit's children. Each test works in a
 * village of its own under Thành Đông, so that its counts are exact in the shared database.
 */
class ListingApiTest extends ApiContextTest {

    @Autowired
    Recognising recognising;
    @Autowired
    CommendationService commendations;

    @Test
    void listsAVillagesSubjectsByPageModelPortalIdAndName() throws Exception {
        String village = newVillage();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(addSubject(village, "FAMILY", "Hộ ông Nguyễn Văn Tú " + i, village + "-H" + i));
        }
        ids.add(addSubject(village, "CLAN", "Dòng họ Phạm", village + "-D1"));

        mvc.perform(get(API + "/subjects").param("unit", village).param("size", "4").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(4))
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[0].id").value(ids.get(0)))
                .andExpect(jsonPath("$.items[0].name").value("Hộ ông Nguyễn Văn Tú 0"));
        mvc.perform(get(API + "/subjects").param("unit", village).param("size", "4").param("page", "1")
                        .with(thanhDong()))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[1].id").value(ids.get(5)));
        mvc.perform(get(API + "/subjects").param("unit", village).param("model", "CLAN").with(thanhDong()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("CLAN"));
        mvc.perform(get(API + "/subjects").param("unit", village).param("externalId", village + "-H3")
                        .with(thanhDong()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(ids.get(3)));
        mvc.perform(get(API + "/subjects").param("unit", village).param("q", "nguyễn văn tú").with(thanhDong()))
                .andExpect(jsonPath("$.total").value(5));
        // the commune and the province list the village's subjects among theirs
        mvc.perform(get(API + "/subjects").param("unit", THANH_DONG).param("externalId", village + "-H3")
                        .with(thanhDong()))
                .andExpect(jsonPath("$.items[0].id").value(ids.get(3)));
        mvc.perform(get(API + "/subjects").param("unit", HAI_PHONG).param("externalId", village + "-D1")
                        .param("model", "CLAN").with(province()))
                .andExpect(jsonPath("$.items[0].id").value(ids.get(5)));
    }

    @Test
    void aListIsRefusedOutsideTheCallersUnitsAndBeyondAThousandRowsAPage() throws Exception {
        String village = newVillage();
        mvc.perform(get(API + "/subjects").param("unit", village).with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/registrations").param("unit", HAI_PHONG).param("year", "2026").with(thanhDong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/subjects").param("unit", village).param("size", "1001").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"))
                .andExpect(jsonPath("$.detail", containsString("từ 1 đến 1000")));
        mvc.perform(get(API + "/subjects").param("unit", village).param("page", "-1").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"));
        mvc.perform(get(API + "/subjects").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unit"));
        mvc.perform(get(API + "/registrations").param("unit", village).param("year", "2026")
                        .param("status", "WON").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(get(API + "/subjects").param("unit", "99999").with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsRegistrationsOfAYearByStatusWithTheirSubjects() throws Exception {
        String village = newVillage();
        long first = registerFor(addSubject(village, "FAMILY", "Hộ bà Lê Thị Hoa", village + "-1"), 2026);
        long second = registerFor(addSubject(village, "FAMILY", "Hộ ông Đỗ Văn Nam", village + "-2"), 2026);
        mvc.perform(put(API + "/registrations/" + second + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isOk());

        mvc.perform(get(API + "/registrations").param("unit", village).param("year", "2026").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(first))
                .andExpect(jsonPath("$.items[0].subjectName").value("Hộ bà Lê Thị Hoa"))
                .andExpect(jsonPath("$.items[0].externalId").value(village + "-1"))
                .andExpect(jsonPath("$.items[0].statusName").value("Đã đăng ký"));
        mvc.perform(get(API + "/registrations").param("unit", village).param("year", "2026")
                        .param("status", "SELF_ASSESSED").with(thanhDong()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(second))
                .andExpect(jsonPath("$.items[0].total").isNumber());
        mvc.perform(get(API + "/registrations").param("unit", village).param("year", "2025").with(thanhDong()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/registrations").param("unit", THANH_DONG).param("year", "2026")
                        .param("model", "FAMILY").param("size", "1000").with(province()))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) first)));
    }

    @Test
    void aDecisionListsWhatItRecognisedAndACommendationsListTheirProposals() throws Exception {
        String village = newVillage();
        long honoured = registerFor(addSubject(village, "FAMILY", "Hộ ông Vũ Văn Hải", village + "-1"), 2026);
        long other = registerFor(addSubject(village, "FAMILY", "Hộ bà Ngô Thị Mai", village + "-2"), 2026);
        verifyWithFullMarks(honoured);
        verifyWithFullMarks(other);
        String number = "1/QĐ-UBND-" + village;
        Decision decision = recognising.recognise(new NewDecision(number, LocalDate.of(2026, 12, 10),
                        "Chủ tịch UBND phường Trần Văn An", THANH_DONG), 2026, LearningModel.FAMILY,
                List.of(new RegistrationId(honoured)), Map.of(new RegistrationId(other), "Chưa đủ minh chứng"));

        mvc.perform(get(API + "/decisions").param("unit", THANH_DONG).param("year", "2026").param("size", "1000")
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].number", hasItem(number)));
        mvc.perform(get(API + "/decisions/" + decision.id().value()).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.number").value(number))
                .andExpect(jsonPath("$.decision.kind").value("RECOGNITION"))
                .andExpect(jsonPath("$.decision.issuingUnitCode").value(THANH_DONG))
                .andExpect(jsonPath("$.decision.modelTitle").value(LearningModel.FAMILY.title()))
                .andExpect(jsonPath("$.recognised.length()").value(1))
                .andExpect(jsonPath("$.recognised[0].id").value(honoured))
                .andExpect(jsonPath("$.recognised[0].subjectName").value("Hộ ông Vũ Văn Hải"));
        mvc.perform(get(API + "/decisions/" + decision.id().value()).with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/decisions/987654321").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("decisionId"));

        commendations.propose(List.of(new RegistrationId(honoured)), "GIAY_KHEN",
                "Hội Khuyến học phường Thành Đông");
        mvc.perform(get(API + "/commendations").param("unit", village).param("year", "2026").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].registrationId").value(honoured))
                .andExpect(jsonPath("$.items[0].subjectName").value("Hộ ông Vũ Văn Hải"))
                .andExpect(jsonPath("$.items[0].status").value("PROPOSED"))
                .andExpect(jsonPath("$.items[0].statusName").value("Đã đề nghị"))
                .andExpect(jsonPath("$.items[0].formName").value("Giấy khen"));
        mvc.perform(get(API + "/commendations").param("unit", village).param("status", "APPROVED")
                        .with(thanhDong()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/commendations").param("unit", village).with(haiDuong()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aUnitsChildrenAreItsCommunesOrItsVillagesOnADate() throws Exception {
        String village = newVillage();
        JsonNode communes = json.readTree(mvc.perform(get(API + "/units/" + HAI_PHONG + "/children").with(province()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> codes = new ArrayList<>();
        communes.forEach(unit -> codes.add(unit.get("code").asText()));
        assertThat(codes).contains(THANH_DONG, HAI_DUONG).doesNotHaveDuplicates().isSorted();
        assertThat(communes.get(0).get("parentCode").asText()).isEqualTo(HAI_PHONG);
        mvc.perform(get(API + "/units/" + THANH_DONG + "/children").with(thanhDong()))
                .andExpect(jsonPath("$[*].code", hasItem(village)));
        mvc.perform(get(API + "/units/" + THANH_DONG + "/children").param("on", "2025-12-31").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(API + "/units/" + HAI_PHONG + "/children").with(thanhDong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/units/" + THANH_DONG + "/children").param("on", "31/12/2025").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("on"));
    }

    @Test
    void listsTheCampaignsOfAYearStartedInTheSubtree() throws Exception {
        mvc.perform(post(API + "/campaigns").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitCode", THANH_DONG, "year", 2028, "model", "FAMILY"))))
                .andExpect(status().isCreated());

        mvc.perform(get(API + "/campaigns").param("unit", HAI_PHONG).param("year", "2028").with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].businessKey", hasItem("FAMILY:2028:" + THANH_DONG)))
                .andExpect(jsonPath("$.items[0].unitName").value("Phường Thành Đông"))
                .andExpect(jsonPath("$.items[0].running").value(true));
        mvc.perform(get(API + "/campaigns").param("unit", HAI_DUONG).param("year", "2028").with(haiDuong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/campaigns").param("unit", THANH_DONG).param("year", "2029").with(thanhDong()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/campaigns").param("unit", HAI_PHONG).param("year", "2028").with(thanhDong()))
                .andExpect(status().isForbidden());
    }
}
