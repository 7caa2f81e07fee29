package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A province that has checked the shipped family set and declared it official
 * ({@code learning-society.criteria.official-sets}) grants titles on it, sample sets not being allowed.
 */
@TestPropertySource(properties = {"learning-society.criteria.allow-sample-sets=false",
        "learning-society.criteria.official-sets=family-successor-2021"})
class DeclaredOfficialCriteriaSetTest extends ApiContextTest {

    @Autowired
    Recognising recognising;

    @Test
    void aRecognitionOnTheFamilySetTheProvinceDeclaredOfficialIsIssued() throws Exception {
        String village = newVillage();
        long registration = registerFor(addSubject(village, "FAMILY", "Hộ bà Đỗ Thị Hoa", village + "-hoa"), 2026);
        verifyWithFullMarks(registration);

        Decision decision = recognising.recognise(new NewDecision("302/QĐ-UBND-" + village, LocalDate.of(2026, 12, 10),
                        "Chủ tịch UBND phường Trần Văn An", THANH_DONG), 2026, LearningModel.FAMILY,
                List.of(new RegistrationId(registration)), Map.of());

        assertThat(decision.kind()).isEqualTo(Decision.Kind.RECOGNITION);
        mvc.perform(get(API + "/registrations/" + registration).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECOGNISED"));
    }
}
