package org.learningsociety.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;

class CycleKeyTest {

    @Test
    void readsModelYearAndCommune() {
        assertThat(CycleKey.parse("FAMILY:2026:11911")).isEqualTo(new CycleKey(LearningModel.FAMILY, 2026, "11911"));
        assertThat(new CycleKey(LearningModel.CLAN, 2027, "00004").businessKey()).isEqualTo("CLAN:2027:00004");
    }

    @Test
    void refusesAMalformedKeyInVietnamese() {
        assertThatThrownBy(() -> CycleKey.parse("2026-11911")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Mã chu kỳ phải có dạng");
    }
}
