package org.learningsociety.workflow.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.example.hostportal.HouseholdController;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A portal whose global JSON style is snake_case, without nulls and with dates as timestamps keeps it
 * for its own controllers, while the library's API reads and writes the names and formats its
 * documentation gives ({@code parentCode}, ISO dates, nulls written).
 */
@SpringBootTest(classes = ApiTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:host-json-test;DB_CLOSE_DELAY=-1",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true",
        "camunda.bpm.generic-properties.properties.history-time-to-live=P30D",
        "spring.jackson.property-naming-strategy=SNAKE_CASE",
        "spring.jackson.default-property-inclusion=non_null",
        "spring.jackson.serialization.write-dates-as-timestamps=true"})
@AutoConfigureMockMvc
@Import(HostJsonStyleTest.Host.class)
class HostJsonStyleTest {

    private static final String API = LearningSocietyApi.BASE_PATH;

    @TestConfiguration
    static class Host {
        @Bean
        HouseholdController hostController() {
            return new HouseholdController();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void administrator() {
        if (identity.createUserQuery().userId("admin").count() == 0) {
            Group group = identity.newGroup("camunda-admin");
            group.setName("camunda-admin");
            identity.saveGroup(group);
            User admin = identity.newUser("admin");
            admin.setPassword("secret");
            identity.saveUser(admin);
            identity.createMembership("admin", "camunda-admin");
        }
    }

    @Test
    void theHostsControllersKeepTheHostsStyle() throws Exception {
        mvc.perform(get("/host/household").with(user("portal")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.household_name").value("Hộ ông Nguyễn Văn An"))
                .andExpect(jsonPath("$.parent_code").value("10507"))
                .andExpect(jsonPath("$.registered_on[0]").value(2026))
                .andExpect(jsonPath("$.note").doesNotExist());
        mvc.perform(post("/host/household").with(user("portal")).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"household_name\":\"Hộ bà Trần Thị Bình\",\"parent_code\":\"10525\"}"))
                .andExpect(jsonPath("$.parent_code").value("10525"));
    }

    @Test
    void theLibrarysApiKeepsItsDocumentedNamesAndFormats() throws Exception {
        mvc.perform(get(API + "/units/10507").with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentCode").value("31"))
                .andExpect(jsonPath("$.parent_code").doesNotExist())
                .andExpect(jsonPath("$.validFrom").value("2025-07-01"));
        // a request body in the documented names is read, and a refusal answers in them too
        mvc.perform(post(API + "/subjects").with(httpBasic("admin", "secret")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"model\":\"FAMILY\",\"unitCode\":\"10507\",\"name\":\"\",\"externalId\":\"HGD-X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
        mvc.perform(post(API + "/subjects").with(httpBasic("admin", "secret")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"model\":\"FAMILY\",\"unitCode\":\"10507\",\"name\":\"Hộ ông Lê Văn Cường\","
                                + "\"externalId\":\"HGD-HOST-1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.externalId").value("HGD-HOST-1"));
    }
}
