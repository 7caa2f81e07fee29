package org.learningsociety.benchmarks;

import java.util.Locale;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;

/**
 * Loads every administrative unit of both sides of the 2025 reform and the conversion table
 * between them into a fresh database, then loads again (which must add nothing), and prints the
 * times. Goal: under 10 seconds on H2.
 */
final class UnitLoadBenchmark {

    private UnitLoadBenchmark() {
    }

    static void run(BenchmarkDatabase database) {
        MyBatisPersistence persistence = MyBatisPersistence.create(database.dataSource());
        persistence.migrate();
        AdministrativeUnitLoader loader = new AdministrativeUnitLoader(persistence.units(), persistence.transactions());

        long start = System.nanoTime();
        AdministrativeUnitLoader.LoadReport first = loader.loadCountry();
        double firstSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        AdministrativeUnitLoader.LoadReport second = loader.loadCountry();
        double secondSeconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "first load: %d units, %d successions, %d conversion rows skipped in %.2f s%n",
                first.unitsAdded(), first.successionsAdded(), first.skipped().size(), firstSeconds);
        System.out.printf(Locale.ROOT, "second load (idempotent): %d units, %d successions added in %.2f s%n",
                second.unitsAdded(), second.successionsAdded(), secondSeconds);
        System.out.printf(Locale.ROOT, "goal (< 10 s on H2): %s%n", firstSeconds < 10 ? "met" : "NOT met");
    }
}
