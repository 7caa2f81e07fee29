package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A subject added over the API is read back where its {@code Location} points, by its commune's officers only. */
class SubjectsApiTest extends ApiContextTest {

    @Test
    void theLocationOfAnAddedSubjectAnswersWithTheSubject() throws Exception {
        String externalId = "HGD-" + UUID.randomUUID();
        String location = mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "name", "Hộ ông Lê Văn Tám",
                                "externalId", externalId))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Hộ ông Lê Văn Tám"))
                .andExpect(jsonPath("$.model").value("FAMILY"))
                .andExpect(jsonPath("$.kind").value("HOUSEHOLD"))
                .andExpect(jsonPath("$.externalId").value(externalId));
        mvc.perform(get(location).with(province())).andExpect(status().isOk());
        mvc.perform(get(location).with(haiDuong())).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownSubjectIsAVietnamese404() throws Exception {
        mvc.perform(get(API + "/subjects/987654321").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("subjectId"))
                .andExpect(jsonPath("$.detail", containsString("Không có đối tượng này")));
    }
}
