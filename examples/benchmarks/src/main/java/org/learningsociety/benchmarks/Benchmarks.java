package org.learningsociety.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The benchmarks' entry point: {@code java -jar learning-society-benchmarks.jar <benchmark> <h2|postgres>}.
 * Each prints its figures; docs/benchmarks.md records the latest with the machine they ran on.
 */
public final class Benchmarks {

    private static final Map<String, Consumer<BenchmarkDatabase>> BENCHMARKS = new TreeMap<>(Map.of(
            "load-units", UnitLoadBenchmark::run,
            "b1-import", ImportBenchmark::run,
            "b2-cycle", CycleBenchmark::runProvince,
            "b3-naive", CycleBenchmark::runNaive,
            "b5-report", CycleBenchmark::runReport,
            "b6-village-api", ApiBenchmark::runVillage,
            "b1-api-import", ApiBenchmark::runImport,
            "b7-national", NationalBenchmark::run));

    private Benchmarks() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !BENCHMARKS.containsKey(args[0])) {
            System.err.println("usage: java -jar learning-society-benchmarks.jar <benchmark> <h2|postgres>");
            System.err.println("benchmarks: " + BENCHMARKS.keySet());
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "benchmark %s on %s; java %s; %d cores; max heap %d MiB%n", args[0], args[1],
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (BenchmarkDatabase database = BenchmarkDatabase.start(args[1])) {
            System.out.println("database: " + database.url() + database.settings());
            BENCHMARKS.get(args[0]).accept(database);
        }
    }
}
