package org.learningsociety.workflow.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.example.hostportal.HelloController;
import org.example.hostportal.HostSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal of {@link HostSecurityTest} with both switches off: the API takes no session cookie (401,
 * the portal's user logged in all the same) and reads no role from Camunda's identity service for the
 * portal's users (their portal password gets them in, with no library role: 403), while Camunda's own
 * officers keep their groups.
 */
@SpringBootTest(classes = ApiTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-session-off-test;DB_CLOSE_DELAY=-1",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31",
        "learning-society.security.portal-session=false",
        "learning-society.security.roles-from-identity-service=false",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true",
        "camunda.bpm.generic-properties.properties.history-time-to-live=P30D"})
@AutoConfigureMockMvc
@Import({HostSecurity.class, HelloController.class})
class PortalSessionSwitchedOffTest {

    private static final String API = LearningSocietyApi.BASE_PATH;

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;

    @Test
    void neitherThePortalsSessionNorItsUsersCamundaGroupsReachTheApi() throws Exception {
        Group group = identity.newGroup("hoikhuyenhoc10507");
        identity.saveGroup(group);
        for (String id : new String[] {"nhanvien", "hkthanhdong"}) {
            User user = identity.newUser(id);
            user.setPassword("secret");
            identity.saveUser(user);
            identity.createMembership(id, "hoikhuyenhoc10507");
        }

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("nhanvien").password("matkhau"))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/host/hello").session(session)).andExpect(status().isOk());
        mvc.perform(get(API + "/subjects").param("unit", "10507").session(session))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/subjects").param("unit", "10507").with(httpBasic("nhanvien", "matkhau")))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/subjects").param("unit", "10507").with(httpBasic("hkthanhdong", "secret")))
                .andExpect(status().isOk());
    }
}
