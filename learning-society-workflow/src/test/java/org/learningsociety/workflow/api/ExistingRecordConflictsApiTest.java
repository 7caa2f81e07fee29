package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A record posted a second time is a 409 {@code ALREADY_EXISTS} naming the record that exists: its id
 * in {@code existingId}, its address in {@code Location}, which answers with it.
 */
class ExistingRecordConflictsApiTest extends ApiContextTest {

    private static final String TYPES = "https://learning-society.github.io/problems/";

    @Test
    void aSubjectRegisteredTwiceAnswersWithTheExistingRegistration() throws Exception {
        long subject = addHousehold(THANH_DONG);
        long registration = registerFor(subject, 2026);

        String location = mvc.perform(post(API + "/registrations").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", subject, "year", 2026))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(TYPES + "already-exists"))
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"))
                .andExpect(jsonPath("$.existingId").value(registration))
                .andExpect(jsonPath("$.detail", containsString("đã đăng ký danh hiệu")))
                .andExpect(header().string("Location", API + "/registrations/" + registration))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectId").value(subject));
    }

    @Test
    void aTakenPortalIdAnswersWithTheExistingSubject() throws Exception {
        String externalId = "HGD-" + UUID.randomUUID();
        Map<String, String> household = Map.of("model", "FAMILY", "unitCode", THANH_DONG,
                "name", "Hộ bà Đỗ Thị Hoa", "externalId", externalId);
        String first = mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(household)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(household)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"))
                .andExpect(jsonPath("$.field").value("externalId"))
                .andExpect(jsonPath("$.existingId").value(Long.parseLong(first.substring(first.lastIndexOf('/') + 1))))
                .andExpect(header().string("Location", first));
    }

    @Test
    void aUsedUnitCodeAnswersWithTheExistingUnit() throws Exception {
        String code = "10507-C" + ThreadLocalRandom.current().nextInt(100_000);
        Map<String, String> village = Map.of("code", code, "name", "Tổ dân phố Lê Lợi", "level", "VILLAGE",
                "parentCode", THANH_DONG, "validFrom", "2025-07-01");
        mvc.perform(post(API + "/units").with(ubndThanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(village)))
                .andExpect(status().isCreated());

        mvc.perform(post(API + "/units").with(ubndThanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(village)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"))
                .andExpect(jsonPath("$.existingId").value(code))
                .andExpect(header().string("Location", API + "/units/" + code));
    }

    @Test
    void aRuleRefusalIsInvalidInputWithoutAnExistingId() throws Exception {
        mvc.perform(post(API + "/registrations").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("year", 2026))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(TYPES + "invalid-input"))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.existingId").doesNotExist())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void anUnknownRecordIsNotFoundWithItsCode() throws Exception {
        mvc.perform(get(API + "/registrations/987654321").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(TYPES + "not-found"))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"));
    }

    @Test
    void anUnauthenticatedCallIsAProblemWithItsCode() throws Exception {
        mvc.perform(get(API + "/registrations/1"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(TYPES + "unauthenticated"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }
}
