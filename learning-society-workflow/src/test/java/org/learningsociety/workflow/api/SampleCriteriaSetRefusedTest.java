package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A portal that has not declared the shipped family set official, and does not allow sample sets, cannot
 * grant a title on it: the starter's recognition refuses the decision, naming the set, and records nothing.
 */
@TestPropertySource(properties = "learning-society.criteria.allow-sample-sets=false")
class SampleCriteriaSetRefusedTest extends ApiContextTest {

    @Autowired
    Recognising recognising;

    @Test
    void aRealRecognitionOnTheShippedSampleFamilySetIsRefusedWithTheSetNamed() throws Exception {
        String village = newVillage();
        long registration = registerFor(addSubject(village, "FAMILY", "Hộ ông Phạm Văn Bình", village + "-binh"), 2026);
        verifyWithFullMarks(registration);

        assertThatThrownBy(() -> recognising.recognise(new NewDecision("301/QĐ-UBND-" + village,
                        LocalDate.of(2026, 12, 10), "Chủ tịch UBND phường Trần Văn An", THANH_DONG), 2026,
                LearningModel.FAMILY, List.of(new RegistrationId(registration)), Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Bộ tiêu chí “Bộ tiêu chí đánh giá, công nhận “Gia đình học tập”” (family-successor-2021)")
                .hasMessageContaining("là bộ mẫu, chưa được tỉnh công bố chính thức");

        mvc.perform(get(API + "/registrations/" + registration).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
    }
}
