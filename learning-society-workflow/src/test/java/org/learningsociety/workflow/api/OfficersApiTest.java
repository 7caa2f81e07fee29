package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * {@code /officers}: an administrator or Hải Phòng's emulation board gives an officer a role in a
 * commune, takes it back, reads it, and moves a merged ward's officers to Thành Đông; a commune's
 * officer may read their own roles and give none; bad input is refused in Vietnamese.
 */
class OfficersApiTest extends ApiContextTest {

    private static final String OFFICERS = API + "/officers";

    @Test
    void anAdministratorGivesANewOfficerTheAssociationRoleCreatingTheAccountAskedFor() throws Exception {
        mvc.perform(put(OFFICERS + "/binh.thanhdong/roles/hoi-khuyen-hoc/" + THANH_DONG).with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("firstName", "Trần Văn",
                                "lastName", "Bình", "password", "mat-khau-thu"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userCreated").value(true))
                .andExpect(jsonPath("$.membershipCreated").value(true))
                .andExpect(jsonPath("$.groupId").value("hoikhuyenhoc10507"))
                .andExpect(jsonPath("$.groupName").value("Hội Khuyến học phường Thành Đông"));
        mvc.perform(put(OFFICERS + "/binh.thanhdong/roles/hoi-khuyen-hoc/" + THANH_DONG).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userCreated").value(false))
                .andExpect(jsonPath("$.membershipCreated").value(false));
        mvc.perform(get(OFFICERS + "/binh.thanhdong").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0].role").value("hoi-khuyen-hoc"))
                .andExpect(jsonPath("$.roles[0].unitName").value("Phường Thành Đông"))
                .andExpect(jsonPath("$.roles[0].current").value(true));
    }

    @Test
    void aUserUnknownToTheIdentityServiceIsRefusedWithoutAnAccount() throws Exception {
        mvc.perform(put(OFFICERS + "/khong.co.ai/roles/ubnd/" + THANH_DONG).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.detail").value(containsString("gửi kèm họ, tên và mật khẩu")));
    }

    @Test
    void theProvincesEmulationBoardGivesAndTakesCommuneRolesButNotItsOwn() throws Exception {
        mvc.perform(put(OFFICERS + "/hk.haiduong/roles/ubnd/" + HAI_DUONG).with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupName").value("UBND phường Hải Dương"));
        mvc.perform(delete(OFFICERS + "/hk.haiduong/roles/ubnd/" + HAI_DUONG).with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.membershipRemoved").value(true));
        mvc.perform(delete(OFFICERS + "/hk.haiduong/roles/ubnd/" + HAI_DUONG).with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.membershipRemoved").value(false));
        mvc.perform(put(OFFICERS + "/hk.haiduong/roles/thi-dua/" + HAI_PHONG).with(province()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"));
    }

    @Test
    void aCommunesOfficerReadsTheirOwnRolesAndGivesNone() throws Exception {
        mvc.perform(get(OFFICERS + "/hk.thanhdong").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0].groupId").value("hoikhuyenhoc10507"));
        mvc.perform(get(OFFICERS + "/hk.thanhdong").with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(put(OFFICERS + "/hk.thanhdong/roles/ubnd/" + THANH_DONG).with(thanhDong()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Ban Thi đua – Khen thưởng")));
        mvc.perform(get(OFFICERS + "/hk.thanhdong")).andExpect(status().isUnauthorized());
    }

    @Test
    void badRolesAndUnitsAreRefusedInVietnamese() throws Exception {
        mvc.perform(put(OFFICERS + "/hk.thanhdong/roles/chu-tich/" + THANH_DONG).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Vai trò không hợp lệ")));
        mvc.perform(put(OFFICERS + "/hk.thanhdong/roles/thi-dua/" + THANH_DONG).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("role"));
        mvc.perform(put(OFFICERS + "/hk.thanhdong/roles/hoi-khuyen-hoc/10510").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Phường Thành Đông (10507)")));
        mvc.perform(put(OFFICERS + "/hk.thanhdong/roles/hoi-khuyen-hoc/99999").with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(put(OFFICERS + "/khong.co.ai/roles/ubnd/" + THANH_DONG).with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("firstName", " ",
                                "lastName", "Bình", "password", "x"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("firstName"));
    }

    @Test
    void aMergedWardsOfficersMoveToTheWardItWentInto() throws Exception {
        user("hk.binhhan", "hoikhuyenhoc10510");
        mvc.perform(post(OFFICERS + "/successions").with(province()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("pastUnitCode", "10510", "removeOldMemberships", true))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.successorCodes[0]").value(THANH_DONG))
                .andExpect(jsonPath("$.moved[0].userId").value("hk.binhhan"))
                .andExpect(jsonPath("$.moved[0].toGroupId").value("hoikhuyenhoc10507"))
                .andExpect(jsonPath("$.moved[0].oldMembershipRemoved").value(true));
        mvc.perform(get(OFFICERS + "/hk.binhhan").with(admin()))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0].unitCode").value(THANH_DONG));
        mvc.perform(post(OFFICERS + "/successions").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("pastUnitCode", "10510"))))
                .andExpect(status().isForbidden());
        mvc.perform(post(OFFICERS + "/successions").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("pastUnitCode", THANH_DONG))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("vẫn là đơn vị hành chính hiện hành")));
    }
}
