package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A household's member list sent whole by its commune's officer and read back on any day; the list
 * refused, naming the row's field, for a household as a member or a citizen of another commune.
 */
class MembersApiTest extends ApiContextTest {

    private long citizen(String unit, String name) throws Exception {
        return addSubject(unit, "CITIZEN", name, "CD-" + UUID.randomUUID());
    }

    private static Map<String, Object> member(Object citizenId, String role) {
        return Map.of("citizenId", citizenId, "role", role);
    }

    private MockHttpServletRequestBuilder list(long group, String on, List<Map<String, Object>> members)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        if (on != null) {
            body.put("on", on);
        }
        body.put("members", members);
        return put(API + "/subjects/" + group + "/members").contentType(MediaType.APPLICATION_JSON).content(body(body));
    }

    @Test
    void aListSentWholeIsReadBackOnEachDayWithItsHistory() throws Exception {
        String village = newVillage();
        long household = addHousehold(village);
        long father = citizen(village, "Nguyễn Văn Hải");
        long mother = citizen(THANH_DONG, "Trần Thị Lan");
        String sonsPortalId = "CD-" + UUID.randomUUID();
        long son = addSubject(village, "CITIZEN", "Nguyễn Đức Cường", sonsPortalId);

        mvc.perform(list(household, "2026-03-01", List.of(member(father, "WORKER"), member(mother, "WORKER"),
                        Map.of("citizenExternalId", sonsPortalId, "role", "OTHER", "from", "2026-02-01")))
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.started").value(3))
                .andExpect(jsonPath("$.members.length()").value(3));
        mvc.perform(list(household, "2026-06-01", List.of(member(father, "CADRE"), member(son, "OTHER")))
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value("2026-06-01"))
                .andExpect(jsonPath("$.started").value(1))
                .andExpect(jsonPath("$.ended").value(2))
                .andExpect(jsonPath("$.unchanged").value(1));

        mvc.perform(get(API + "/subjects/" + household + "/members").param("on", "2026-05-31").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("HOUSEHOLD"))
                .andExpect(jsonPath("$.members[0].name").value("Nguyễn Văn Hải"))
                .andExpect(jsonPath("$.members[0].role").value("WORKER"))
                .andExpect(jsonPath("$.members[0].roleName").value("Người lao động"))
                .andExpect(jsonPath("$.members[0].until").value("2026-06-01"))
                .andExpect(jsonPath("$.members[1].name").value("Trần Thị Lan"))
                .andExpect(jsonPath("$.members[2].externalId").value(sonsPortalId))
                .andExpect(jsonPath("$.members[2].from").value("2026-02-01"))
                .andExpect(jsonPath("$.members[2].until").value(nullValue()))
                .andExpect(jsonPath("$.started").value(nullValue()));
        mvc.perform(get(API + "/subjects/" + household + "/members").param("on", "2026-06-01").with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[0].name").value("Nguyễn Đức Cường"))
                .andExpect(jsonPath("$.members[1].name").value("Nguyễn Văn Hải"))
                .andExpect(jsonPath("$.members[1].role").value("CADRE"))
                .andExpect(jsonPath("$.members[1].from").value("2026-06-01"));
        mvc.perform(get(API + "/subjects/" + household + "/members").param("on", "2026-01-31").with(thanhDong()))
                .andExpect(jsonPath("$.members.length()").value(0));
        mvc.perform(get(API + "/subjects/" + household + "/members").with(haiDuong()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHouseholdAsAMemberIsRefusedNamingTheRowsFieldAndNothingIsStored() throws Exception {
        long household = addHousehold(THANH_DONG);
        long father = citizen(THANH_DONG, "Lê Văn Tám");
        long otherHousehold = addHousehold(THANH_DONG);

        mvc.perform(list(household, "2026-03-01", List.of(member(father, "WORKER"), member(otherHousehold, "OTHER")))
                        .with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.field").value("members[1].citizenId"))
                .andExpect(jsonPath("$.detail", containsString("không phải công dân")));

        mvc.perform(get(API + "/subjects/" + household + "/members").param("on", "2026-03-01").with(thanhDong()))
                .andExpect(jsonPath("$.members.length()").value(0));
    }

    @Test
    void aCitizenOfAnotherCommuneIsRefusedForAHouseholdAndTakenByACityAgency() throws Exception {
        long household = addHousehold(THANH_DONG);
        long neighbour = citizen(HAI_DUONG, "Phạm Thị Mai");

        mvc.perform(list(household, "2026-03-01", List.of(member(neighbour, "WORKER"))).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("members[0].citizenId"))
                .andExpect(jsonPath("$.detail", containsString("không thuộc Phường Thành Đông")));

        long agency = addSubject(HAI_PHONG, "UNIT", "Sở Giáo dục và Đào tạo", "DV-" + UUID.randomUUID());
        long staff = citizen(THANH_DONG, "Vũ Minh Phương");
        RequestPostProcessor[] cannot = {thanhDong(), haiDuong()};
        for (RequestPostProcessor officer : cannot) {
            mvc.perform(list(agency, "2026-03-01", List.of(member(staff, "CADRE"))).with(officer))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(list(agency, "2026-03-01", List.of(member(staff, "CADRE"), member(neighbour, "CADRE")))
                        .with(cityAssociation()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(2));
    }

    @Test
    void aCommuneOfficerMayNotListACitizenBeyondTheirReach() throws Exception {
        long household = addHousehold(HAI_DUONG);
        long citizen = citizen(THANH_DONG, "Đỗ Văn Nam");

        mvc.perform(list(household, null, List.of(member(citizen, "WORKER"))).with(haiDuong()))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesBadRowsAListDatedBeforeTheLastChangeAndAGroupThatKeepsNoList() throws Exception {
        long household = addHousehold(THANH_DONG);
        long father = citizen(THANH_DONG, "Bùi Văn Long");

        mvc.perform(list(household, "2026-03-01", List.of(Map.of("citizenId", father))).with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("members[0].role"));
        mvc.perform(list(household, "2026-03-01", List.of(Map.of("citizenId", father, "role", "CHILD")))
                        .with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("WORKER")));
        mvc.perform(list(household, "2026-03-01", List.of(member(987_654_321L, "WORKER"))).with(thanhDong()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("members[0].citizenId"));
        mvc.perform(list(household, "2026-03-01", List.of(Map.of("citizenId", father, "role", "WORKER", "from",
                        "2026-04-01"))).with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("members[0].from"));
        mvc.perform(put(API + "/subjects/" + household + "/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":\"2026-03-01\"}").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("members"));

        mvc.perform(list(household, "2026-03-01", List.of(member(father, "WORKER"))).with(thanhDong()))
                .andExpect(status().isOk());
        mvc.perform(list(household, "2026-02-01", List.of()).with(thanhDong()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("on"));
        mvc.perform(get(API + "/subjects/" + father + "/members").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("subjectId"));
        mvc.perform(get(API + "/subjects/" + household + "/members").param("on", "01/03/2026").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("on"));
    }
}
