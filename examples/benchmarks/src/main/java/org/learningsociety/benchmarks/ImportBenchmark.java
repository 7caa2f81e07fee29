package org.learningsociety.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectImport;

/**
 * B1: imports 1,000,000 households in 3,000 villages of 100 communes from CSV through the library's
 * import (validation, unit look-up, duplicate checks, batched inserts, one transaction). Goal:
 * at least 100,000 rows/s on H2 and 50,000 rows/s on PostgreSQL.
 */
final class ImportBenchmark {

    static final int HOUSEHOLDS = Integer.getInteger("households", 1_000_000);

    private ImportBenchmark() {
    }

    static void run(BenchmarkDatabase database) {
        MyBatisPersistence persistence = MyBatisPersistence.create(database.dataSource());
        persistence.migrate();
        List<String> villages = ProvinceFixture.addUnits(persistence);
        Path csv = ProvinceFixture.householdsCsv(HOUSEHOLDS, villages);
        SubjectImport importer = new SubjectImport(new SubjectCatalogue(persistence.subjects(), persistence.units(),
                persistence.transactions(), Clock.systemDefaultZone()), persistence.transactions());

        long start = System.nanoTime();
        SubjectImport.ImportReport report;
        try (InputStream in = Files.newInputStream(csv)) {
            report = importer.importCsv(LearningModel.FAMILY, in, csv.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = report.imported() / seconds;
        double goal = database.kind().equals("h2") ? 100_000 : 50_000;
        System.out.printf(Locale.ROOT, "B1 import: %,d households in %,d villages in %.2f s = %,.0f rows/s%n",
                report.imported(), villages.size(), seconds, rate);
        System.out.printf(Locale.ROOT, "goal (>= %,.0f rows/s on %s): %s%n", goal, database.kind(),
                rate >= goal ? "met" : "NOT met");
    }
}
