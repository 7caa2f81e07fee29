package org.learningsociety.core.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsociety.core.shared.Outcome;

/** The refusal-reason rule alone, as the core, the cycle's task listener and the deciding service use it. */
class CommendationPoliciesTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void aRefusalWithoutAReasonIsRejectedInVietnamese(String reason) {
        assertThat(CommendationPolicies.refusalGivesAReason(reason))
                .isEqualTo(Outcome.rejected("reason", reason, "Phải nêu lý do không khen thưởng"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chưa đủ 5 năm liên tục đạt danh hiệu", "x"})
    void aRefusalWithAReasonIsAllowed(String reason) {
        assertThat(CommendationPolicies.refusalGivesAReason(reason).isAllowed()).isTrue();
    }
}
