package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.workflow.officer.OfficerRole;
import org.learningsociety.workflow.problem.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Roles matter: the association verifies, the People's Committee recognises and answers for personal
 * data, each only where its own unit reaches; a portal's service account registers on citizens' behalf
 * and verifies nothing. Every refusal for a role names the role and the action.
 */
class RolesAndActionsTest extends ApiContextTest {

    private static final String FORBIDDEN_ACTION = ProblemType.ACTION_FORBIDDEN.uri().toString();

    @Test
    void theAssociationVerifiesButMayNotEraseWhatThePeoplesCommitteeErases() throws Exception {
        long household = addHousehold(THANH_DONG);
        verifyWithFullMarks(registerFor(household, 2026));

        mvc.perform(erasure(household).with(thanhDong()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(FORBIDDEN_ACTION))
                .andExpect(jsonPath("$.code").value("ACTION_FORBIDDEN"))
                .andExpect(jsonPath("$.field").value("action"))
                .andExpect(jsonPath("$.value").value("erase-personal-data"))
                .andExpect(jsonPath("$.detail", allOf(containsString("Hội Khuyến học (hoikhuyenhoc10507)"),
                        containsString("không được phép xoá dữ liệu cá nhân"), containsString("UBND"))));
        mvc.perform(erasure(household).with(ubndThanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Đã xoá theo yêu cầu #" + household));
    }

    @org.springframework.beans.factory.annotation.Autowired
    Recognising recognising;

    @Test
    void thePeoplesCommitteeRevokesItsRecognitionButDoesNotVerify() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);
        mvc.perform(put(API + "/registrations/" + registration + "/verification").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(FORBIDDEN_ACTION))
                .andExpect(jsonPath("$.detail", allOf(containsString("UBND"), containsString("thẩm định (verify)"))));
        verifyWithFullMarks(registration);
        recognising.recognise(new NewDecision("41/QĐ-UBND-" + registration, LocalDate.of(2026, 12, 10),
                "Trần Văn An", THANH_DONG), 2026, LearningModel.FAMILY, List.of(new RegistrationId(registration)),
                Map.of());

        // the association may recognise where a plan names it, but this decision is the People's Committee's
        mvc.perform(post(API + "/registrations/" + registration + "/revocation").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("reason", "Khai sai"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(ProblemType.OUT_OF_SCOPE.uri().toString()))
                .andExpect(jsonPath("$.detail", containsString("do Ủy ban nhân dân Phường Thành Đông ban hành")));
        mvc.perform(post(API + "/registrations/" + registration + "/revocation").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("reason", "Khai sai"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_RECOGNISED"));
    }

    /** A role grants its actions in its own unit's subtree only, not wherever another of the caller's roles reaches. */
    @Test
    void eachRoleGrantsItsActionsOnlyWhereItsOwnUnitReaches() throws Exception {
        user("hai.vai", OfficerRole.ASSOCIATION.groupId(THANH_DONG));
        String committee = ensureGroup(OfficerRole.PEOPLES_COMMITTEE.groupId(HAI_DUONG));
        if (identity.createUserQuery().userId("hai.vai").memberOfGroup(committee).count() == 0) {
            identity.createMembership("hai.vai", committee);
        }
        RequestPostProcessor twoRoles = httpBasic("hai.vai", "secret");
        long inThanhDong = addHousehold(THANH_DONG);
        long inHaiDuong = addHousehold(HAI_DUONG);

        mvc.perform(erasure(inThanhDong).with(twoRoles))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(FORBIDDEN_ACTION))
                .andExpect(jsonPath("$.detail", containsString("Hội Khuyến học (hoikhuyenhoc10507)")));
        mvc.perform(erasure(inHaiDuong).with(twoRoles)).andExpect(status().isOk());
        mvc.perform(put(API + "/registrations/" + registerFor(inThanhDong, 2026) + "/self-assessment").with(twoRoles)
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isOk());
    }

    @Test
    void thePortalsServiceAccountRegistersOnCitizensBehalfAndVerifiesNothing() throws Exception {
        user("cong.dichvu", "portalservice");
        RequestPostProcessor service = httpBasic("cong.dichvu", "secret");
        String added = mvc.perform(post(API + "/subjects").with(service).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", HAI_DUONG, "name", "Hộ ông Đặng Văn Khoa",
                                "externalId", "HGD-" + UUID.randomUUID()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String registered = mvc.perform(post(API + "/registrations").with(service)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("subjectId",
                                json.readTree(added).get("id").asLong(), "year", 2026))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(put(API + "/registrations/" + json.readTree(registered).get("id").asLong() + "/verification")
                        .with(service).contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", 2026)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(FORBIDDEN_ACTION))
                .andExpect(jsonPath("$.detail", containsString("tài khoản dịch vụ của cổng thông tin (portalservice)")));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder erasure(long subject)
            throws Exception {
        return post(API + "/subjects/" + subject + "/erasure").contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("request", "YC-2026-" + subject)));
    }

    private String ensureGroup(String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            var group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        return groupId;
    }
}
