package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * On PostgreSQL, a province added to the units (the country loaded on a fresh database, or a province
 * added later) has its registration and evidence partitions of this year and the next at once: its first
 * registrations do not wait in the year's DEFAULT partition for the next start.
 */
class ProvincePartitionsOnAddingAProvinceTest {

    @Test
    void aProvinceAddedGetsItsPartitionsOfThisYearAndTheNext() {
        try (Store store = Database.POSTGRESQL.freshStore()) {
            int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
            assertThat(partitions(store, "ls_registration_" + year + "_p79")).isZero();

            store.persistence().units().addAll(List.of(
                    new AdministrativeUnit(new UnitId(1), "VN", "Việt Nam", UnitLevel.CENTRE, null,
                            Period.from(LocalDate.of(1945, 9, 2)), null),
                    new AdministrativeUnit(new UnitId(79), "79", "Thành phố Hồ Chí Minh", UnitLevel.PROVINCE, new UnitId(1),
                            Period.from(LocalDate.of(2025, 7, 1)), null),
                    new AdministrativeUnit(new UnitId(791), "26740", "Phường Sài Gòn", UnitLevel.COMMUNE,
                            new UnitId(79), Period.from(LocalDate.of(2025, 7, 1)), null)));

            for (int y : new int[] {year, year + 1}) {
                assertThat(partitions(store, "ls_registration_" + y + "_p79")).as("registrations of %s", y).isOne();
                assertThat(partitions(store, "ls_evidence_" + y + "_p79")).as("evidence of %s", y).isOne();
            }
            assertThat(partitions(store, "ls_registration_" + year + "_p26740")).as("only provinces").isZero();
        }
    }

    private static long partitions(Store store, String name) {
        return store.queryLong("SELECT COUNT(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE c.relname = '" + name + "'");
    }
}
