package org.learningsociety.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.shared.NotFoundException;

class DatedUnitHierarchyTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 5, 1);
    private static final LocalDate AFTER_REFORM = LocalDate.of(2026, 1, 1);

    private final Services services = Services.haiPhong(AFTER_REFORM);
    private final UnitDirectory directory = services.unitDirectory();

    @Test
    void code10507ResolvesToPhuongCamThuongBeforeTheReform() {
        AdministrativeUnit unit = directory.unitOn("10507", BEFORE_REFORM);

        assertThat(unit.id()).isEqualTo(UnitFixture.CAM_THUONG);
        assertThat(unit.name()).isEqualTo("Phường Cẩm Thượng");
        assertThat(unit.parent()).isEqualTo(UnitFixture.DISTRICT_288);
    }

    @Test
    void code10507ResolvesToPhuongThanhDongAfterTheReform() {
        AdministrativeUnit unit = directory.unitOn("10507", AFTER_REFORM);

        assertThat(unit.id()).isEqualTo(UnitFixture.THANH_DONG);
        assertThat(unit.name()).isEqualTo("Phường Thành Đông");
        assertThat(unit.parent()).isEqualTo(UnitFixture.HAI_PHONG);
    }

    @Test
    void theLastDayBeforeTheReformStillBelongsToTheOldUnit() {
        assertThat(directory.unitOn("10507", UnitFixture.LAST_DAY_BEFORE_REFORM).id()).isEqualTo(UnitFixture.CAM_THUONG);
        assertThat(directory.unitOn("10507", UnitFixture.REFORM).id()).isEqualTo(UnitFixture.THANH_DONG);
    }

    @Test
    void refusesACodeThatMeantNoUnitOnTheDate() {
        refused(NotFoundException.class, "code", "30", () -> directory.unitOn("30", AFTER_REFORM));
    }

    @Test
    void refusesAUnitLookedUpOnADateWhenItDidNotExist() {
        refused(NotFoundException.class, "date", BEFORE_REFORM,
                () -> directory.unitOn(UnitFixture.THANH_DONG, BEFORE_REFORM));
    }

    @Test
    void refusesAnAbolishedUnitLookedUpAfterItEnded() {
        refused(NotFoundException.class, "date", AFTER_REFORM,
                () -> directory.unitOn(UnitFixture.DISTRICT_288, AFTER_REFORM));
    }

    @Test
    void ancestorsBeforeTheReformAreTheDistrictTheProvinceAndTheCentre() {
        var ancestors = directory.ancestorsOf(UnitFixture.camThuong(), BEFORE_REFORM);

        assertThat(ancestors).extracting(AdministrativeUnit::code).containsExactly("288", "30", "VN");
    }

    @Test
    void ancestorsAfterTheReformAreTheCityAndTheCentre() {
        var ancestors = directory.ancestorsOf(UnitFixture.group(2), AFTER_REFORM);

        assertThat(ancestors).extracting(AdministrativeUnit::code).containsExactly("10507", "31", "VN");
    }

    @Test
    void descendantsOnADateBeforeTheReformAreTheOldOnesAtEveryDepth() {
        var descendants = directory.descendantsOf(UnitFixture.haiDuong(), BEFORE_REFORM);

        assertThat(descendants).extracting(AdministrativeUnit::id)
                .containsExactlyInAnyOrder(UnitFixture.DISTRICT_288, UnitFixture.CAM_THUONG);
    }

    @Test
    void descendantsOnADateAfterTheReformLeaveOutAbolishedUnits() {
        var descendants = directory.descendantsOf(UnitFixture.centre(), AFTER_REFORM);

        assertThat(descendants).extracting(AdministrativeUnit::id).containsExactlyInAnyOrder(
                UnitFixture.HAI_PHONG, UnitFixture.THANH_DONG, UnitFixture.LE_THANH_NGHI,
                UnitFixture.GROUP_1, UnitFixture.GROUP_2, UnitFixture.GROUP_3);
    }

    @Test
    void theChildrenOfACommuneAreItsVillagesOnTheDate() {
        assertThat(directory.childrenOf(UnitFixture.thanhDong(), AFTER_REFORM)).extracting(AdministrativeUnit::code)
                .containsExactlyInAnyOrder("10507-TDP1", "10507-TDP2", "10507-TDP3");
        assertThat(directory.childrenOf(UnitFixture.thanhDong(), BEFORE_REFORM)).isEmpty();
    }
}
