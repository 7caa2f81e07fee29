package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** A registration's audit trail through the API: JSON and the CSV export, scoped like the registration. */
class RegistrationHistoryApiTest extends ApiContextTest {

    @Test
    void showsEachStepOfTheYearWithWhoBeforeAndAfter() throws Exception {
        long registration = registeredSelfAssessedAndVerified();

        mvc.perform(get(API + "/registrations/" + registration + "/history").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrationId").value(registration))
                .andExpect(jsonPath("$.entries", hasSize(3)))
                .andExpect(jsonPath("$.entries[0].action").value("REGISTERED"))
                .andExpect(jsonPath("$.entries[0].actionName").value("Đăng ký"))
                .andExpect(jsonPath("$.entries[0].actor").value("hk.thanhdong"))
                .andExpect(jsonPath("$.entries[0].before").value(nullValue()))
                .andExpect(jsonPath("$.entries[0].after", containsString("REGISTERED")))
                .andExpect(jsonPath("$.entries[0].at").isNotEmpty())
                .andExpect(jsonPath("$.entries[1].action").value("SELF_ASSESSED"))
                .andExpect(jsonPath("$.entries[1].actor").value("hk.thanhdong"))
                .andExpect(jsonPath("$.entries[1].before", containsString("REGISTERED")))
                .andExpect(jsonPath("$.entries[1].after", containsString("SELF_ASSESSED")))
                .andExpect(jsonPath("$.entries[1].after", containsString("1.1=10")))
                .andExpect(jsonPath("$.entries[2].action").value("VERIFIED"))
                .andExpect(jsonPath("$.entries[2].actionName").value("Thẩm định"))
                .andExpect(jsonPath("$.entries[2].actor").value("hk.haiphong"))
                .andExpect(jsonPath("$.entries[2].before", containsString("SELF_ASSESSED")))
                .andExpect(jsonPath("$.entries[2].after", containsString("VERIFIED")));
    }

    @Test
    void exportsTheHistoryAsACsvAttachmentForASpreadsheet() throws Exception {
        long registration = registeredSelfAssessedAndVerified();

        MvcResult result = mvc.perform(get(API + "/registrations/" + registration + "/history.csv").with(province()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Type", containsString("UTF-8")))
                .andExpect(header().string("Content-Disposition",
                        containsString("attachment; filename=\"lich-su-dang-ky-" + registration + ".csv\"")))
                .andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("a byte order mark, for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo(org.learningsociety.core.audit.AuditExport.HEADER);
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains(",Đăng ký,hk.thanhdong,");
        assertThat(lines[2]).contains(",Tự đánh giá,hk.thanhdong,");
        assertThat(lines[3]).contains(",Thẩm định,hk.haiphong,");
    }

    @Test
    void anotherCommunesOfficerIsRefusedTheHistoryAndItsExport() throws Exception {
        long registration = registeredSelfAssessedAndVerified();

        mvc.perform(get(API + "/registrations/" + registration + "/history").with(haiDuong()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("không thuộc phạm vi")));
        mvc.perform(get(API + "/registrations/" + registration + "/history.csv").with(haiDuong()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("không thuộc phạm vi")));
        mvc.perform(get(API + "/registrations/987654/history").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("registrationId"));
        mvc.perform(get(API + "/registrations/987654/history.csv").with(admin()))
                .andExpect(status().isNotFound());
    }

    /** Registered and self-assessed by Thành Đông's officer, verified by the city's association. */
    private long registeredSelfAssessedAndVerified() throws Exception {
        String subject = mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "name", "Hộ ông Vũ Văn Hải",
                                "externalId", "HGD-" + UUID.randomUUID()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String registration = mvc.perform(post(API + "/registrations").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", json.readTree(subject).get("id").asLong(), "year", 2026))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(registration).get("id").asLong();
        String marks = fullMarks("FAMILY", 2026);
        mvc.perform(put(API + "/registrations/" + id + "/self-assessment").with(thanhDong())
                .contentType(MediaType.APPLICATION_JSON).content(marks)).andExpect(status().isOk());
        mvc.perform(put(API + "/registrations/" + id + "/verification").with(cityAssociation())
                .contentType(MediaType.APPLICATION_JSON).content(marks)).andExpect(status().isOk());
        return id;
    }
}
