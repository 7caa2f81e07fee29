package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.security.GroupUnits;

/**
 * Only the groups of the library's own roles give their members a unit: a portal's own group that
 * happens to be written {@code <something>:<unit code>} (its citizens' reception desk,
 * {@code tiep-dan:10507}) reaches nothing of the library.
 */
class HostGroupsGrantNothingTest extends ApiContextTest {

    @Test
    void aPortalsOwnGroupNamedAfterAUnitReachesNothing() throws Exception {
        user("tiepdan.thanhdong", "tiep-dan:" + THANH_DONG);
        mvc.perform(get(API + "/subjects").param("unit", THANH_DONG).with(httpBasic("tiepdan.thanhdong", "secret")))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/subjects").param("unit", THANH_DONG).with(thanhDong()))
                .andExpect(status().isOk());
    }

    @Test
    void theLibrarysRolesGiveTheirUnitAndNothingElseDoes() {
        GroupUnits groups = GroupUnits.roleColonCode();
        assertThat(groups.unitCodeOf("hoi-khuyen-hoc:10507")).contains("10507");
        assertThat(groups.unitCodeOf("ubnd:10507")).contains("10507");
        assertThat(groups.unitCodeOf("thi-dua:31")).contains("31");
        assertThat(groups.unitCodeOf("tiep-dan:10507")).isEmpty();
        assertThat(groups.unitCodeOf("hoi-khuyen-hoc:")).isEmpty();
        assertThat(groups.unitCodeOf("camunda-admin")).isEmpty();
        assertThat(groups.unitCodeOf(null)).isEmpty();
    }
}
