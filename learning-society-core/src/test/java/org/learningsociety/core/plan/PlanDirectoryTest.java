package org.learningsociety.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.PlanFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

class PlanDirectoryTest {

    private static final LocalDate AFTER_REFORM = LocalDate.of(2025, 10, 1);
    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 5, 1);

    private final Services services = Services.haiPhong(AFTER_REFORM);
    private final PlanDirectory directory = services.planDirectory();

    @Test
    void aVillageBelowTheCityUsesTheCitysPlan() {
        assertThat(directory.planFor(UnitFixture.group(1), 2025, AFTER_REFORM).id()).isEqualTo("hai-phong-46-kh-ubnd-2022");
    }

    @Test
    void aUnitWithItsOwnPlanUsesItRatherThanTheCitys() {
        services.plans().save(PlanFixture.ownPlan("thanh-dong-2023", "10507", UnitLevel.COMMUNE, PlanStatus.ISSUED, 90));

        assertThat(directory.planFor(UnitFixture.group(1), 2025, AFTER_REFORM).id()).isEqualTo("thanh-dong-2023");
        assertThat(directory.planFor(UnitFixture.leThanhNghi(), 2025, AFTER_REFORM).id())
                .isEqualTo("hai-phong-46-kh-ubnd-2022");
    }

    @Test
    void aUnitWhoseProvinceHasNoPlanFallsBackToTheNationalPlan() {
        assertThat(directory.planFor(UnitFixture.camThuong(), 2024, BEFORE_REFORM).id()).isEqualTo("programme-387");
    }

    @Test
    void aDraftPlanOfAUnitDoesNotReplaceTheIssuedPlanAboveIt() {
        services.plans().save(PlanFixture.ownPlan("thanh-dong-draft", "10507", UnitLevel.COMMUNE, PlanStatus.DRAFT, 90));

        assertThat(directory.planFor(UnitFixture.thanhDong(), 2025, AFTER_REFORM).id())
                .isEqualTo("hai-phong-46-kh-ubnd-2022");
    }

    @Test
    void refusesAYearNoPlanCovers() {
        refused(InvalidInputException.class, "year", 2031,
                () -> directory.planFor(UnitFixture.thanhDong(), 2031, AFTER_REFORM));
    }

    @Test
    void theRecognitionTargetOfAModelComesFromTheApplicablePlan() {
        TargetValue target = directory.recognitionTarget(UnitFixture.group(1), LearningModel.UNIT, 2024, AFTER_REFORM);

        assertThat(target.indicator()).isEqualTo(PlanFixture.UNIT);
        assertThat(target.value()).isEqualByComparingTo("70");
        assertThat(target.planId()).isEqualTo("hai-phong-46-kh-ubnd-2022");
    }

    @Test
    void theRecognitionTargetFollowsTheUnitsAreaType() {
        services.plans().save(PlanFixture.withTargets(PlanFixture.haiPhong2022(),
                List.of(PlanFixture.target(PlanFixture.FAMILY, 2025, "MOUNTAINOUS", 50))));
        AdministrativeUnit mountainCommune = new AdministrativeUnit(new UnitId(60), "10599", "Xã Vùng Cao",
                UnitLevel.COMMUNE, UnitFixture.HAI_PHONG, Period.from(UnitFixture.REFORM), "MOUNTAINOUS");
        services.units().add(mountainCommune);

        assertThat(directory.recognitionTarget(mountainCommune, LearningModel.FAMILY, 2025, AFTER_REFORM).value())
                .isEqualByComparingTo("50");
        assertThat(directory.recognitionTarget(UnitFixture.thanhDong(), LearningModel.FAMILY, 2025, AFTER_REFORM).value())
                .isEqualByComparingTo("70");
    }

    @Test
    void refusesARecognitionTargetForAModelThePlanSetsNoneFor() {
        refused(NotFoundException.class, "model", LearningModel.CITIZEN,
                () -> directory.recognitionTarget(UnitFixture.thanhDong(), LearningModel.CITIZEN, 2025, AFTER_REFORM));
    }
}
