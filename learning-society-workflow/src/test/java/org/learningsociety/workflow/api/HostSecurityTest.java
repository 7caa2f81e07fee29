package org.learningsociety.workflow.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.example.hostportal.HelloController;
import org.example.hostportal.HostSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A portal with its own users ({@code UserDetailsService}) and its own filter chain adds the starter:
 * its users still log in to its own pages, its rule still protects Camunda's paths (anonymous callers
 * and its staff are refused there, its administrators pass), while the library's API takes officers
 * of Camunda's identity service, and the portal's own users (their portal password, or their session
 * with its CSRF token) with the library roles Camunda's identity service holds for them.
 */
@SpringBootTest(classes = ApiTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:host-security-test;DB_CLOSE_DELAY=-1",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true",
        "camunda.bpm.generic-properties.properties.history-time-to-live=P30D"})
@AutoConfigureMockMvc
@Import({HostSecurity.class, HelloController.class})
class HostSecurityTest {

    private static final String API = LearningSocietyApi.BASE_PATH;

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void anOfficer() {
        if (identity.createUserQuery().userId("hkthanhdong").count() == 0) {
            Group group = identity.newGroup("hoikhuyenhoc10507");
            group.setName("Hội Khuyến học phường Thành Đông");
            identity.saveGroup(group);
            User officer = identity.newUser("hkthanhdong");
            officer.setPassword("secret");
            identity.saveUser(officer);
            identity.createMembership("hkthanhdong", "hoikhuyenhoc10507");
        }
    }

    @Test
    void thePortalsUsersStillLogInToItsOwnPages() throws Exception {
        mvc.perform(get("/host/hello").with(httpBasic("nhanvien", "matkhau")))
                .andExpect(status().isOk())
                .andExpect(content().string("Xin chào nhanvien"));
        mvc.perform(get("/host/hello")).andExpect(status().isUnauthorized());
        // an officer of the library is no user of the portal's own pages
        mvc.perform(get("/host/hello").with(httpBasic("hkthanhdong", "secret"))).andExpect(status().isUnauthorized());
    }

    @Test
    void thePortalsRuleProtectsCamundasPaths() throws Exception {
        mvc.perform(get("/camunda/app/tasklist/")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
        mvc.perform(get("/camunda/app/tasklist/").with(httpBasic("nhanvien", "matkhau"))).andExpect(status().isForbidden());
        // the portal's administrator passes its rule (nothing is served there in this test)
        mvc.perform(get("/camunda/app/tasklist/").with(httpBasic("quantri", "matkhau"))).andExpect(status().isNotFound());
    }

    @Test
    void theLibrarysApiTakesOfficersOfTheEngineAndThePortalsUsersWithTheirRolesOnly() throws Exception {
        mvc.perform(get(API + "/subjects").param("unit", "10507").with(httpBasic("hkthanhdong", "secret")))
                .andExpect(status().isOk());
        // the portal's own user, with the portal's password: known, but no library role
        mvc.perform(get(API + "/subjects").param("unit", "10507").with(httpBasic("nhanvien", "matkhau")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API + "/subjects").param("unit", "10507").with(httpBasic("nhanvien", "sai")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/subjects").param("unit", "10507")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePortalsUserGivenALibraryRoleCallsTheApiWithItsPasswordOrItsSessionAndCsrfToken() throws Exception {
        if (identity.createUserQuery().userId("nhanvien").count() == 0) {
            User inTasklist = identity.newUser("nhanvien");
            inTasklist.setPassword(java.util.UUID.randomUUID().toString());
            identity.saveUser(inTasklist);
        }
        identity.createMembership("nhanvien", "hoikhuyenhoc10507");
        try {
            mvc.perform(get(API + "/subjects").param("unit", "10507").with(httpBasic("nhanvien", "matkhau")))
                    .andExpect(status().isOk());
            mvc.perform(get(API + "/subjects").param("unit", "10525").with(httpBasic("nhanvien", "matkhau")))
                    .andExpect(status().isForbidden());

            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("nhanvien").password("matkhau"))
                    .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
            mvc.perform(get(API + "/subjects").param("unit", "10507").session(session)).andExpect(status().isOk());
            mvc.perform(get(API + "/subjects").param("unit", "10525").session(session))
                    .andExpect(status().isForbidden());
            String campaign = "{\"unitCode\":\"10507\",\"year\":2099,\"model\":\"FAMILY\"}";
            // a cookie authenticates: a change without the portal's CSRF token is refused, a problem
            mvc.perform(post(API + "/campaigns").session(session).contentType(MediaType.APPLICATION_JSON).content(campaign))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post(API + "/campaigns").session(session).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(campaign))
                    .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                            .as(result.getResponse().getContentAsString()).isNotIn(401, 403));
            // the session is read, never written: the API made none of its own for a basic-auth call
            org.assertj.core.api.Assertions.assertThat(mvc.perform(get(API + "/subjects").param("unit", "10507")
                    .with(httpBasic("nhanvien", "matkhau"))).andReturn().getRequest().getSession(false)).isNull();
        } finally {
            identity.deleteMembership("nhanvien", "hoikhuyenhoc10507");
        }
        mvc.perform(get(API + "/subjects").param("unit", "10507").with(httpBasic("nhanvien", "matkhau")))
                .andExpect(status().isForbidden());
    }
}
