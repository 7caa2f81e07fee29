package org.learningsociety.workflow.api;

import org.learningsociety.workflow.cycle.CampaignLauncher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@code POST /campaigns} checks that no cycle runs and then starts one. Sent N times at once for the
 * same business key ({@code <MODEL>:<year>:<commune>}), exactly one request starts the cycle (201), the
 * others are refused with a Vietnamese 409, and one process instance runs.
 */
class ConcurrentCampaignsApiTest extends ApiContextTest {

    private static final int REQUESTS = 8;

    @Autowired
    RuntimeService runtime;

    @Test
    void ofEightSimultaneousStartsOfOneCycleExactlyOneStartsIt() throws Exception {
        String campaign = body(Map.of("unitCode", HAI_DUONG, "year", 2026, "model", "UNIT"));
        CyclicBarrier start = new CyclicBarrier(REQUESTS);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return mvc.perform(post(API + "/campaigns").with(n % 2 == 0 ? haiDuong() : admin())
                            .contentType(MediaType.APPLICATION_JSON).content(campaign)).andReturn().getResponse();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(120, TimeUnit.SECONDS);
                statuses.add(response.getStatus());
                if (response.getStatus() == 409) {
                    refusals.add(json.readTree(response.getContentAsByteArray()).get("detail").asText());
                }
            }
            assertThat(statuses).as("statuses").containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(refusals).hasSize(REQUESTS - 1)
                    .allSatisfy(detail -> assertThat(detail).containsAnyOf("đang chạy", "thay đổi cùng lúc"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CampaignLauncher.PROCESS_KEY)
                .processInstanceBusinessKey("UNIT:2026:" + HAI_DUONG).count()).isEqualTo(1);
    }
}
