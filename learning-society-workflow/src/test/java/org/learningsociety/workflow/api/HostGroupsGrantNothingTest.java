package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.security.GroupUnits;

/**
 * Only the groups of the library's own roles give their members a unit: a portal's own group that
 * happens to be written {@code <word><unit code>} (its citizens' reception desk, {@code tiepdan10507}),
 * or one that begins with a role's word ({@code ubndx10507}), reaches nothing of the library.
 */
class HostGroupsGrantNothingTest extends ApiContextTest {

    @Test
    void aPortalsOwnGroupNamedAfterAUnitReachesNothing() throws Exception {
        user("tiepdan.thanhdong", "tiepdan" + THANH_DONG);
        user("ubndx.thanhdong", "ubndx" + THANH_DONG);
        mvc.perform(get(API + "/subjects").param("unit", THANH_DONG).with(httpBasic("tiepdan.thanhdong", "secret")))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/subjects").param("unit", THANH_DONG).with(httpBasic("ubndx.thanhdong", "secret")))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/subjects").param("unit", THANH_DONG).with(thanhDong()))
                .andExpect(status().isOk());
    }

    @Test
    void theLibrarysRolesGiveTheirUnitAndNothingElseDoes() {
        GroupUnits groups = GroupUnits.libraryRoles();
        assertThat(groups.unitCodeOf("hoikhuyenhoc10507")).contains("10507");
        assertThat(groups.unitCodeOf("ubnd10507")).contains("10507");
        assertThat(groups.unitCodeOf("thidua31")).contains("31");
        assertThat(groups.unitCodeOf("hoikhuyenhocVN")).as("the centre's code").contains("VN");
        assertThat(groups.unitCodeOf("tiepdan10507")).isEmpty();
        assertThat(groups.unitCodeOf("ubndx10507")).as("a longer word beginning with a role's").isEmpty();
        assertThat(groups.unitCodeOf("thiduakhenthuong31")).isEmpty();
        assertThat(groups.unitCodeOf("ubnd")).as("a role's word alone").isEmpty();
        assertThat(groups.unitCodeOf("hoikhuyenhoc")).isEmpty();
        assertThat(groups.unitCodeOf("UBND10507")).as("ids are case-sensitive").isEmpty();
        assertThat(groups.unitCodeOf("ubnd:10507")).as("the old style, upgraded at start-up").isEmpty();
        assertThat(groups.unitCodeOf("hoi-khuyen-hoc:10507")).isEmpty();
        assertThat(groups.unitCodeOf("camunda-admin")).isEmpty();
        assertThat(groups.unitCodeOf(null)).isEmpty();
    }
}
