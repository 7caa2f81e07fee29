package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.subject.SubjectEvent.SubjectAdded;
import org.learningsociety.workflow.events.LearningSocietyEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * A portal's listener that throws does not turn the committed change into an error: the API answers
 * 201, a retry of the same request is a 409 because the subject exists (not because the first failed),
 * and the listener gets the event again until it takes it.
 */
@Import(FailingEventListenerApiTest.PortalListener.class)
@TestPropertySource(properties = {"learning-society.events.retry-backoff=PT0.2S",
        "learning-society.events.max-backoff=PT0.2S", "learning-society.events.poll-interval=PT0.2S"})
class FailingEventListenerApiTest extends ApiContextTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class PortalListener {

        final List<LearningSocietyEvent> seen = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failures = new AtomicInteger(2);

        @EventListener
        void on(LearningSocietyEvent event) {
            if (event.payload() instanceof SubjectAdded) {
                seen.add(event);
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("the portal's notification service is down");
                }
            }
        }
    }

    @Autowired
    PortalListener listener;

    @Test
    void anAddedSubjectIsAnswered201WhileThePortalsListenerFailsAndReachesItOnceItRecovers() throws Exception {
        String externalId = "HGD-" + UUID.randomUUID();
        String subject = body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "name", "Hộ ông Lê Văn Tám",
                "externalId", externalId));

        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON).content(subject))
                .andExpect(status().isCreated());

        long until = System.nanoTime() + 20_000_000_000L;
        while (listener.seen.size() < 3 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(listener.seen).as("failed twice, taken the third time").hasSize(3);
        assertThat(listener.seen).extracting(LearningSocietyEvent::id).containsOnly(listener.seen.get(0).id());
        assertThat(listener.seen.get(2).externalId()).isEqualTo(externalId);
        assertThat(listener.seen.get(2).unitCode()).isEqualTo(THANH_DONG);
        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.APPLICATION_JSON).content(subject))
                .andExpect(status().isConflict());
    }
}
