package org.learningsociety.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.shared.Period;

class UnitSuccessionTest {

    private final Services services = Services.haiPhong(LocalDate.of(2026, 1, 1));
    private final UnitDirectory directory = services.unitDirectory();

    @Test
    void aPastUnitsCurrentSuccessorIsTheUnitItWentInto() {
        assertThat(directory.currentSuccessorsOf(UnitFixture.CAM_THUONG)).containsExactly(UnitFixture.thanhDong());
    }

    @Test
    void aCodeOnAPastDateLeadsToTodaysSuccessor() {
        assertThat(directory.currentSuccessorsOf("10507", LocalDate.of(2024, 5, 1)))
                .containsExactly(UnitFixture.thanhDong());
    }

    @Test
    void aUnitStillValidIsItsOwnCurrentSuccessor() {
        assertThat(directory.currentSuccessorsOf(UnitFixture.THANH_DONG)).containsExactly(UnitFixture.thanhDong());
    }

    @Test
    void successorsAreFollowedThroughTwoReforms() {
        LocalDate secondReform = LocalDate.of(2028, 1, 1);
        AdministrativeUnit merged = new AdministrativeUnit(new UnitId(50), "10550", "Phường Hải Dương",
                UnitLevel.COMMUNE, UnitFixture.HAI_PHONG, Period.from(secondReform), null);
        services.units().closeVersion(UnitFixture.THANH_DONG, secondReform.minusDays(1));
        services.units().add(merged);
        services.units().addSuccessions(List.of(
                new Succession(UnitFixture.THANH_DONG, merged.id(), secondReform, Succession.Kind.WHOLE)));
        services.clock().setDate(LocalDate.of(2028, 6, 1));

        assertThat(directory.currentSuccessorsOf(UnitFixture.CAM_THUONG)).containsExactly(merged);
    }

    @Test
    void aUnitSplitPartlyHasEveryPartAsCurrentSuccessor() {
        LocalDate split = LocalDate.of(2027, 1, 1);
        AdministrativeUnit east = new AdministrativeUnit(new UnitId(51), "10551", "Phường Đông", UnitLevel.COMMUNE,
                UnitFixture.HAI_PHONG, Period.from(split), null);
        AdministrativeUnit west = new AdministrativeUnit(new UnitId(52), "10552", "Phường Tây", UnitLevel.COMMUNE,
                UnitFixture.HAI_PHONG, Period.from(split), null);
        services.units().closeVersion(UnitFixture.LE_THANH_NGHI, split.minusDays(1));
        services.units().addAll(List.of(east, west));
        services.units().addSuccessions(List.of(
                new Succession(UnitFixture.LE_THANH_NGHI, east.id(), split, Succession.Kind.PARTIAL),
                new Succession(UnitFixture.LE_THANH_NGHI, west.id(), split, Succession.Kind.PARTIAL)));
        services.clock().setDate(LocalDate.of(2027, 3, 1));

        assertThat(directory.currentSuccessorsOf(UnitFixture.LE_THANH_NGHI)).containsExactlyInAnyOrder(east, west);
    }
}
