package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.evidence.EvidenceStore;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A subject's personal data on request (Decree 13/2023/NĐ-CP) through the API: the export, and the
 * erasure that names its request, replaces the name, deletes the evidence (its uploaded file too) and
 * leaves every count of {@code /reports/attainment} as it was.
 */
class PersonalDataApiTest extends ApiContextTest {

    private static final String NAME = "Hộ ông Đặng Văn Khoa";

    @Autowired
    Recognising records;
    @Autowired
    EvidenceStore store;

    @Test
    void exportsWhatTheLibraryHoldsAboutASubjectToWhoReachesItsUnitOnly() throws Exception {
        long subject = household();
        long registration = registerFor(subject, 2026);

        mvc.perform(get(API + "/subjects/" + subject + "/personal-data").with(ubndThanhDong()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(containsString(NAME)))
                .andExpect(content().string(containsString(String.valueOf(registration))));
        mvc.perform(get(API + "/subjects/" + subject + "/personal-data").with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/subjects/" + subject + "/erasure").with(haiDuong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("request", "YC-01"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/subjects/987654/personal-data").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("subjectId"));
    }

    @Test
    void refusesAnErasureThatNamesNoRequestAndErasesNothing() throws Exception {
        long subject = household();
        for (String bad : new String[] {"{}", "{\"request\":\"  \"}", "{\"request\":null}",
                "{\"request\":\"" + "x".repeat(201) + "\"}", ""}) {
            mvc.perform(post(API + "/subjects/" + subject + "/erasure").with(ubndThanhDong())
                            .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("request"))
                    .andExpect(jsonPath("$.detail", containsString("Phải nêu số hoặc mã yêu cầu xoá dữ liệu")));
        }
        mvc.perform(get(API + "/subjects/" + subject + "/personal-data").with(ubndThanhDong()))
                .andExpect(content().string(containsString(NAME)));
    }

    @Test
    void erasingReplacesTheNameDeletesTheEvidenceFilesAndKeepsEveryCount() throws Exception {
        long subject = household();
        long registration = registerFor(subject, 2026);
        String reference = json.readTree(mvc.perform(multipart(API + "/registrations/" + registration + "/evidence")
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", pdf()))
                        .param("indicator", "1.1").with(thanhDong()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("reference").asText();
        ObjectNode marks = (ObjectNode) json.readTree(fullMarks("FAMILY", 2026));
        ((ObjectNode) marks.withArray("evidence").get(0)).put("reference", reference);
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(marks))).andExpect(status().isOk());
        mvc.perform(put(API + "/registrations/" + registration + "/verification").with(thanhDong())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(marks))).andExpect(status().isOk());
        records.recognise(new org.learningsociety.core.decision.NewDecision("QĐ-" + UUID.randomUUID().toString().substring(0, 8),
                        LocalDate.now(), "Chủ tịch UBND phường", THANH_DONG), 2026, LearningModel.FAMILY,
                List.of(new RegistrationId(registration)), Map.of());
        JsonNode countsBefore = attainment(THANH_DONG);
        JsonNode cityBefore = attainment(HAI_PHONG);
        assertThat(countsBefore.get("recognised").asLong()).isPositive();
        assertThat(stored(reference)).isTrue();

        mvc.perform(post(API + "/subjects/" + subject + "/erasure").with(ubndThanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("request", "YC-2026-117"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(subject))
                .andExpect(jsonPath("$.name").value("Đã xoá theo yêu cầu #" + subject))
                .andExpect(jsonPath("$.externalId").value("erased-" + subject));

        assertThat(attainment(THANH_DONG)).isEqualTo(countsBefore);
        assertThat(attainment(HAI_PHONG)).isEqualTo(cityBefore);
        assertThat(stored(reference)).as("the uploaded file went with the erasure").isFalse();
        String exported = mvc.perform(get(API + "/subjects/" + subject + "/personal-data").with(ubndThanhDong()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(exported).doesNotContain(NAME).doesNotContain(reference).contains("Đã xoá theo yêu cầu #" + subject);
        mvc.perform(get(API + "/registrations/" + registration).with(thanhDong()))
                .andExpect(jsonPath("$.status").value("RECOGNISED"))
                .andExpect(jsonPath("$.evidence").isEmpty());
        mvc.perform(get(API + "/registrations/" + registration + "/history").with(thanhDong()))
                .andExpect(jsonPath("$.entries[1].after").value("[đã xoá theo yêu cầu]"))
                .andExpect(jsonPath("$.entries[1].actor").value("hk.thanhdong"));
    }

    private boolean stored(String reference) throws Exception {
        var content = store.open(reference);
        if (content.isPresent()) {
            content.get().close();
        }
        return content.isPresent();
    }

    private long household() throws Exception {
        String response = mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "name", NAME,
                                "externalId", "HGD-" + UUID.randomUUID()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private JsonNode attainment(String unit) throws Exception {
        return json.readTree(mvc.perform(get(API + "/reports/attainment").param("unit", unit).param("year", "2026")
                        .param("model", "FAMILY").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
