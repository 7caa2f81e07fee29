package org.learningsociety.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fakes.InMemoryDecisions;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** The one rule of a decision's number, alone: once per issuing unit and year. */
class DecisionPoliciesTest {

    private final AdministrativeUnit thanhDong = new AdministrativeUnit(new UnitId(6), "10507", "Phường Thành Đông",
            UnitLevel.COMMUNE, new UnitId(5), Period.from(LocalDate.of(2025, 7, 1)), null);
    private final AdministrativeUnit haiDuong = new AdministrativeUnit(new UnitId(9), "10525", "Phường Hải Dương",
            UnitLevel.COMMUNE, new UnitId(5), Period.from(LocalDate.of(2025, 7, 1)), null);
    private final InMemoryDecisions decisions = new InMemoryDecisions();

    private Decision recognition(AdministrativeUnit issuer, String number, int year) {
        return new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, number, LocalDate.of(year, 12, 10),
                "Nguyễn Văn An", issuer.id(), year, LearningModel.FAMILY, null);
    }

    @Test
    void aNumberNotYetIssuedByTheUnitThatYearIsAllowed() {
        assertThat(DecisionPolicies.numberUnused(decisions, thanhDong, recognition(thanhDong, "125/QĐ-UBND", 2026)))
                .isEqualTo(Outcome.allowed());
    }

    @Test
    void aNumberTheUnitIssuedThatYearIsRefusedNamingTheUnit() {
        decisions.add(recognition(thanhDong, "125/QĐ-UBND", 2026));

        assertThat(DecisionPolicies.numberUnused(decisions, thanhDong, recognition(thanhDong, "125/QĐ-UBND", 2026)))
                .isEqualTo(Outcome.rejected("decisionNumber", "125/QĐ-UBND",
                        "Số quyết định đã được dùng tại Phường Thành Đông"));
    }

    @Test
    void theSameNumberIsFreeForAnotherUnitAndInAnotherYear() {
        decisions.add(recognition(thanhDong, "125/QĐ-UBND", 2026));

        assertThat(DecisionPolicies.numberUnused(decisions, haiDuong, recognition(haiDuong, "125/QĐ-UBND", 2026))
                .isAllowed()).isTrue();
        assertThat(DecisionPolicies.numberUnused(decisions, thanhDong, recognition(thanhDong, "125/QĐ-UBND", 2027))
                .isAllowed()).isTrue();
    }
}
