package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.retry.IdempotencyKeys;
import org.learningsociety.core.retry.IdempotencyKeys.IdempotencyKey;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subjects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** A POST sent again with its Idempotency-Key is answered as the first time, and runs once. */
class IdempotencyKeyApiTest extends ApiContextTest {

    @Autowired
    Subjects subjects;
    @Autowired
    IdempotencyKeys keys;

    @Test
    void aRetriedPostGetsTheFirstAnswerAndAddsNoSecondSubject() throws Exception {
        String key = UUID.randomUUID().toString();
        String externalId = "HGD-" + UUID.randomUUID();
        String household = household(externalId, "Hộ ông Trần Văn Bình");

        MockHttpServletResponse first = postSubject(key, household, thanhDong());
        MockHttpServletResponse again = postSubject(key, household, thanhDong());

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(again.getContentType()).isEqualTo(first.getContentType());
        assertThat(again.getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(first.getHeader("Idempotency-Replayed")).isNull();
        assertThat(subjects.existingExternalIds(LearningModel.FAMILY, List.of(externalId))).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        postSubject(key, household("HGD-" + UUID.randomUUID(), "Hộ bà Nguyễn Thị Mai"), thanhDong());
        String other = "HGD-" + UUID.randomUUID();

        mvc.perform(post(API + "/subjects").with(thanhDong()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(household(other, "Hộ bà Nguyễn Thị Mai")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"))
                .andExpect(jsonPath("$.type").value("https://learning-society.github.io/problems/idempotency-key-reused"))
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
        assertThat(subjects.existingExternalIds(LearningModel.FAMILY, List.of(other))).isEmpty();
    }

    @Test
    void aKeyIsTheCallersOwn() throws Exception {
        String key = UUID.randomUUID().toString();
        String externalId = "HGD-" + UUID.randomUUID();
        postSubject(key, household(externalId, "Hộ ông Phan Văn Cường"), thanhDong());

        // another officer's request with the same key runs, and meets the subject as existing
        mvc.perform(post(API + "/subjects").with(admin()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(household(externalId, "Hộ ông Phan Văn Cường")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"))
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
    }

    @Test
    void withoutTheHeaderASecondPostRunsAgain() throws Exception {
        String household = household("HGD-" + UUID.randomUUID(), "Hộ ông Hoàng Văn Dũng");
        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                .content(household)).andExpect(status().isCreated());
        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON)
                .content(household)).andExpect(status().isConflict());
    }

    @Test
    void aConflictIsNotKeptSoARetryRunsAgain() throws Exception {
        String externalId = "HGD-" + UUID.randomUUID();
        postSubject(UUID.randomUUID().toString(), household(externalId, "Hộ bà Lý Thị Hạnh"), thanhDong());
        String key = UUID.randomUUID().toString();

        assertThat(postSubject(key, household(externalId, "Hộ bà Lý Thị Hạnh"), thanhDong()).getStatus()).isEqualTo(409);
        MockHttpServletResponse again = postSubject(key, household(externalId, "Hộ bà Lý Thị Hạnh"), thanhDong());
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getHeader("Idempotency-Replayed")).isNull();
    }

    @Test
    void aKeyStillBeingAnsweredRefusesASecondRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String household = household("HGD-" + UUID.randomUUID(), "Hộ ông Đinh Văn Giang");
        // as if the first request with this key were still running: claimed, with this body, not yet answered
        keys.claim(new IdempotencyKey("hk.thanhdong", "POST " + API + "/subjects", key),
                fingerprintOf(household), java.time.Instant.now());

        mvc.perform(post(API + "/subjects").with(thanhDong()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(household))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_IN_USE"));
    }

    @Test
    void concurrentRequestsWithOneKeyAddOneSubject() throws Exception {
        String key = UUID.randomUUID().toString();
        String externalId = "HGD-" + UUID.randomUUID();
        String household = household(externalId, "Hộ ông Mạc Văn Khoa");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> postSubject(key, household, thanhDong())));
            }
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get();
                assertThat(response.getStatus()).as(response.getContentAsString()).isIn(201, 409);
                if (response.getStatus() == 409) {
                    assertThat(response.getContentAsString()).contains("IDEMPOTENCY_KEY_IN_USE");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(subjects.existingExternalIds(LearningModel.FAMILY, List.of(externalId))).hasSize(1);
    }

    @Test
    void aKeyOfMoreThan255CharactersIsInvalidInput() throws Exception {
        mvc.perform(post(API + "/subjects").with(thanhDong()).header("Idempotency-Key", "k".repeat(256))
                        .contentType(MediaType.APPLICATION_JSON).content(household("HGD-x", "Hộ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    private MockHttpServletResponse postSubject(String key, String content,
            org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return mvc.perform(post(API + "/subjects").with(who).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(content)).andReturn().getResponse();
    }

    private String household(String externalId, String name) throws Exception {
        return body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "name", name, "externalId", externalId));
    }

    /** The fingerprint IdempotentPosts takes of a JSON body posted without a query. */
    private static String fingerprintOf(String body) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(("null\n" + MediaType.APPLICATION_JSON_VALUE + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
