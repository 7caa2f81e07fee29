package org.learningsociety.benchmarks;

import static org.learningsociety.test.cycle.EngineClock.at;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectImport;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * B7: the national shape. One database holds every unit of the country after the 2025 reform (the
 * shipped 34 provinces and 3,321 communes, and synthetic villages: the library ships none) and three
 * provinces of 1,000,000 households each; their cycles run one after another on one engine, each
 * as B2 runs one province's. Beside each, the same province's cycle runs alone in a fresh database
 * (the one-province B2 of the same run, on the same households and villages); then each province's
 * report (B5) again after all three cycles, and the national attainment over all 34 provinces.
 *
 * <p>Knobs: {@code -Dprovinces=1..3} (of {@code -Db7.provinces=31,79,48}), {@code -Dcommunes=N}
 * (each province's first N communes run the cycle and hold its households; default all),
 * {@code -Dhouseholds.perProvince} (default 1,000,000 × the share of the province's communes run),
 * {@code -Dvillages.perCommune} (default 24: 79,704 villages), {@code -Db7.baseline=all|first|none},
 * {@code -Dwarmup.communes} (default 1: an untimed cycle of that many communes first, in a database
 * of its own), {@code -Drounds} (default 3).
 */
final class NationalBenchmark {

    static final int YEAR = CycleBenchmark.YEAR;
    static final String CENTRE = AdministrativeUnitLoader.CENTRE_CODE;

    /** Each commune's synthetic villages: {@code villages.perCommune} of them (24: 79,704 in the country). */
    static final int VILLAGES_PER_COMMUNE = Integer.getInteger("villages.perCommune", 24);
    static final int HOUSEHOLDS_PER_PROVINCE = 1_000_000;

    private NationalBenchmark() {
    }

    /** A province of the benchmark: its code, name, communes and the part that runs the cycle. */
    record Province(String code, String name, int communeCount, Map<String, List<String>> cycleVillages,
            int households) {

        List<String> villages() {
            return cycleVillages.values().stream().flatMap(List::stream).toList();
        }
    }

    /** A report's figures: its fingerprint and the milliseconds of each round. */
    record Report(String fingerprint, String figures, Attainment family, double[] millis) {
    }

    static void run(BenchmarkDatabase database) {
        List<String> codes = Arrays.stream(System.getProperty("b7.provinces", "31,79,48").split(","))
                .map(String::trim).toList();
        int provinceCount = Math.max(1, Math.min(codes.size(), Integer.getInteger("provinces", 3)));
        codes = codes.subList(0, provinceCount);
        String baseline = System.getProperty("b7.baseline", "all");
        long runStart = System.nanoTime();

        warmUp(database.requested(), codes.get(0), Integer.getInteger("warmup.communes", 1));

        // the national database: every unit, every village, the three provinces' households
        // -Dprofile.statements=true: the statements of the national database, printed before and after
        // the national attainment (what the province cycles and reports sent, then what it sent)
        StatementProfile profile = StatementProfile.ifAsked();
        ConfigurableApplicationContext national = CycleHost.start(
                StatementProfile.around(database.dataSource(), profile), "national" + database.kind());
        try {
            MyBatisPersistence persistence = national.getBean(MyBatisPersistence.class);
            at("2025-09-01T08:00:00+07:00");
            long start = System.nanoTime();
            AdministrativeUnitLoader.LoadReport load = new AdministrativeUnitLoader(persistence.units(),
                    persistence.transactions()).loadCountry();
            double unitSeconds = seconds(start);
            start = System.nanoTime();
            int villages = addVillages(persistence, null);
            System.out.printf(Locale.ROOT, "setup: the country's units: %,d units and %,d successions loaded in %.1f s; "
                    + "%,d synthetic villages (%d per commune) added in %.1f s%n", load.unitsAdded(),
                    load.successionsAdded(), unitSeconds, villages, VILLAGES_PER_COMMUNE, seconds(start));
            printUnits(database.dataSource());
            List<Province> provinces = new ArrayList<>();
            for (String code : codes) {
                Province province = province(persistence.units(), code);
                provinces.add(province);
                start = System.nanoTime();
                importHouseholds(national, province);
                System.out.printf(Locale.ROOT, "setup: province %s (%s, %d communes): %,d households imported into "
                        + "the %,d villages of %d communes in %.1f s%n", province.code(), province.name(),
                        province.communeCount(), province.households(), province.villages().size(),
                        province.cycleVillages().size(), seconds(start));
            }
            printPartitions(database);

            Map<String, double[]> cycles = new LinkedHashMap<>();
            Map<String, Report> ownReports = new LinkedHashMap<>();
            Map<String, Report> aloneReports = new LinkedHashMap<>();
            for (int i = 0; i < provinces.size(); i++) {
                Province province = provinces.get(i);
                double alone = Double.NaN;
                if (baseline.equals("all") || baseline.equals("first") && i == 0) {
                    double[] result = alone(database.requested(), province);
                    alone = result[0];
                    aloneReports.put(province.code(), lastAloneReport);
                }
                System.out.printf(Locale.ROOT, "B7 cycle of province %s (%s) in the national database, after %d "
                        + "other provinces' cycles:%n", province.code(), province.name(), i);
                CycleBenchmark cycle = new CycleBenchmark(national, database.dataSource(), province.cycleVillages());
                double seconds = cycle.runCycle();
                cycles.put(province.code(), new double[] {seconds, alone});
                System.out.printf(Locale.ROOT, "B7 cycle of province %s: %,d households, %d communes: %.1f s%s%n",
                        province.code(), province.households(), province.cycleVillages().size(), seconds,
                        Double.isNaN(alone) ? "" : String.format(Locale.ROOT, "; alone (one-province B2, same run) "
                                + "%.1f s: %+.1f %% (goal at most 10 %% slower: %s)", alone, (seconds / alone - 1) * 100,
                                seconds <= 1.10 * alone ? "met" : "NOT met"));
                Report own = report(national, province.code(), "after its own cycle");
                ownReports.put(province.code(), own);
                Report alone5 = aloneReports.get(province.code());
                if (alone5 != null) {
                    System.out.printf(Locale.ROOT, "B7 report of province %s: the national database's figures %s "
                            + "the province alone's (%s / %s)%n", province.code(),
                            alone5.fingerprint().equals(own.fingerprint()) ? "are" : "are NOT", own.fingerprint(),
                            alone5.fingerprint());
                }
            }

            System.out.println("B7 reports after all " + provinces.size() + " cycles:");
            boolean unchanged = true;
            for (Province province : provinces) {
                Report after = report(national, province.code(), "after all cycles");
                Report own = ownReports.get(province.code());
                boolean same = after.fingerprint().equals(own.fingerprint());
                unchanged &= same;
                System.out.printf(Locale.ROOT, "B7 report of province %s after all cycles: %s (%s / %s); "
                        + "warm %.0f ms against %.0f ms after its own cycle%n", province.code(),
                        same ? "unchanged" : "CHANGED", after.fingerprint(), own.fingerprint(), warm(after.millis()),
                        warm(own.millis()));
            }

            printProfile(profile);
            double[] nationalMillis = nationalAttainment(national, provinces, ownReports);
            printProfile(profile);

            System.out.println();
            System.out.println("B7 summary (" + database.kind() + ", " + partitionsLine + "):");
            for (Province province : provinces) {
                double[] c = cycles.get(province.code());
                System.out.printf(Locale.ROOT, "  province %s %-28s %,9d households: cycle %.1f s%s; B5 warm %.0f ms "
                        + "after its own cycle, %.0f ms after all%n", province.code(), province.name(),
                        province.households(), c[0], Double.isNaN(c[1]) ? "" : String.format(Locale.ROOT,
                                " (alone %.1f s, %+.1f %%)", c[1], (c[0] / c[1] - 1) * 100),
                        warm(ownReports.get(province.code()).millis()), warmAfter.getOrDefault(province.code(), 0.0));
            }
            System.out.printf(Locale.ROOT, "  reports unchanged after all cycles: %s%n", unchanged ? "yes" : "NO");
            System.out.printf(Locale.ROOT, "  national attainment (FAMILY): cold %.0f ms, warm %.0f ms "
                    + "(goal <= 2 s warm: %s); all 5 models warm %.0f ms%n", nationalMillis[0], nationalMillis[1],
                    nationalMillis[1] <= 2000 ? "met" : "NOT met", nationalMillis[2]);
            System.out.printf(Locale.ROOT, "  national database size: %s; whole run: %.1f s%n",
                    databaseSize(database), seconds(runStart));
        } finally {
            national.close();
        }
    }

    private static String partitionsLine = "partitioned tables: not asked";
    private static Report lastAloneReport;
    private static final Map<String, Double> warmAfter = new LinkedHashMap<>();

    /**
     * The one-province B2 of the same run: the province alone in a fresh database (its own units, as
     * {@code AdministrativeUnitLoader.loadProvince} loads them, and the same synthetic villages), the
     * same households in the same villages, the same cycle; then its report. Returns the cycle's seconds.
     */
    private static double[] alone(String kind, Province province) {
        try (BenchmarkDatabase fresh = BenchmarkDatabase.start(kind)) {
            ConfigurableApplicationContext context = CycleHost.start(fresh.dataSource(), "alone" + province.code() + kind);
            try {
                MyBatisPersistence persistence = context.getBean(MyBatisPersistence.class);
                at("2025-09-01T08:00:00+07:00");
                long start = System.nanoTime();
                new AdministrativeUnitLoader(persistence.units(), persistence.transactions())
                        .loadProvince(province.code());
                addVillages(persistence, province.code());
                importHouseholds(context, province);
                System.out.printf(Locale.ROOT, "B7 one-province B2 of %s (%s) alone in a fresh database: units, "
                        + "villages and %,d households in %.1f s; its cycle:%n", province.code(), province.name(),
                        province.households(), seconds(start));
                CycleBenchmark cycle = new CycleBenchmark(context, fresh.dataSource(), province.cycleVillages());
                double seconds = cycle.runCycle();
                System.out.printf(Locale.ROOT, "B7 one-province B2 of %s: %.1f s%n", province.code(), seconds);
                lastAloneReport = report(context, province.code(), "alone");
                return new double[] {seconds};
            } finally {
                context.close();
            }
        }
    }

    /**
     * An untimed cycle of {@code communes} communes of {@code province}, alone in a database of its own,
     * so that the first timed cycle does not pay the JIT compiler's work on its own; 0 skips it.
     */
    private static void warmUp(String kind, String province, int communes) {
        if (communes <= 0) {
            return;
        }
        long start = System.nanoTime();
        try (BenchmarkDatabase warm = BenchmarkDatabase.start(kind)) {
            ConfigurableApplicationContext context = CycleHost.start(warm.dataSource(), "warmup" + kind);
            try {
                MyBatisPersistence persistence = context.getBean(MyBatisPersistence.class);
                at("2025-09-01T08:00:00+07:00");
                new AdministrativeUnitLoader(persistence.units(), persistence.transactions()).loadProvince(province);
                addVillages(persistence, province);
                Province whole = province(persistence.units(), province);
                Map<String, List<String>> first = new LinkedHashMap<>();
                whole.cycleVillages().entrySet().stream().limit(communes)
                        .forEach(e -> first.put(e.getKey(), e.getValue()));
                int households = Math.max(1, whole.households() * communes / whole.cycleVillages().size());
                Province part = new Province(province, whole.name(), whole.communeCount(), first, households);
                importHouseholds(context, part);
                new CycleBenchmark(context, warm.dataSource(), first).runCycle();
                report(context, province, "warm-up");
            } finally {
                context.close();
            }
        }
        System.out.printf(Locale.ROOT, "warm-up (untimed): a cycle of %d commune(s) of %s in another database, %.1f s%n",
                communes, province, seconds(start));
    }

    /**
     * Adds {@link #VILLAGES_PER_COMMUNE} synthetic villages to every post-reform commune of the country,
     * or of {@code provinceCode} only: codes the commune's code and two digits, names "Thôn 1" …;
     * valid from the reform. Returns how many it added.
     */
    static int addVillages(MyBatisPersistence persistence, String provinceCode) {
        AdministrativeUnits units = persistence.units();
        int[] added = {0};
        persistence.transactions().run(() -> {
            AdministrativeUnit centre = units.findByCode(CENTRE, AdministrativeUnitLoader.REFORM_DATE).orElseThrow();
            List<AdministrativeUnit> communes = new ArrayList<>();
            for (AdministrativeUnit province : units.childrenOf(centre.id(), AdministrativeUnitLoader.REFORM_DATE)) {
                if (provinceCode == null || provinceCode.equals(province.code())) {
                    communes.addAll(units.childrenOf(province.id(), AdministrativeUnitLoader.REFORM_DATE));
                }
            }
            communes.sort(Comparator.comparing(AdministrativeUnit::code));
            int count = communes.size() * VILLAGES_PER_COMMUNE;
            long next = units.nextIds(count).value();
            List<AdministrativeUnit> villages = new ArrayList<>(count);
            for (AdministrativeUnit commune : communes) {
                for (int v = 0; v < VILLAGES_PER_COMMUNE; v++) {
                    villages.add(new AdministrativeUnit(new UnitId(next++), villageCode(commune.code(), v),
                            "Thôn " + (v + 1), UnitLevel.VILLAGE, commune.id(),
                            Period.from(AdministrativeUnitLoader.REFORM_DATE), null));
                }
            }
            for (int from = 0; from < villages.size(); from += 10_000) {
                units.addAll(villages.subList(from, Math.min(villages.size(), from + 10_000)));
            }
            added[0] = villages.size();
        });
        return added[0];
    }

    static String villageCode(String communeCode, int index) {
        return communeCode + String.format(Locale.ROOT, "%02d", index);
    }

    /** The province as the benchmark runs it: its communes in code order, the first {@code communes} cycled. */
    static Province province(AdministrativeUnits units, String code) {
        AdministrativeUnit province = units.findByCode(code, AdministrativeUnitLoader.REFORM_DATE).orElseThrow(
                () -> new IllegalArgumentException("no province " + code + " after the reform"));
        List<AdministrativeUnit> communes = new ArrayList<>(
                units.childrenOf(province.id(), AdministrativeUnitLoader.REFORM_DATE));
        communes.sort(Comparator.comparing(AdministrativeUnit::code));
        int cycled = Math.min(communes.size(), Integer.getInteger("communes", communes.size()));
        Map<String, List<String>> villages = new LinkedHashMap<>();
        for (AdministrativeUnit commune : communes.subList(0, cycled)) {
            List<String> codes = new ArrayList<>(VILLAGES_PER_COMMUNE);
            for (int v = 0; v < VILLAGES_PER_COMMUNE; v++) {
                codes.add(villageCode(commune.code(), v));
            }
            villages.put(commune.code(), codes);
        }
        int households = Integer.getInteger("households.perProvince",
                (int) ((long) HOUSEHOLDS_PER_PROVINCE * cycled / communes.size()));
        return new Province(code, province.name(), communes.size(), villages, households);
    }

    /** The province's households, {@code HGD-<province>-<n>}, spread evenly over its cycled villages. */
    private static void importHouseholds(ConfigurableApplicationContext context, Province province) {
        Path csv = ProvinceFixture.householdsCsv(province.households(), province.villages(),
                "HGD-" + province.code() + "-");
        SubjectImport importer = new SubjectImport(context.getBean(SubjectCatalogue.class),
                context.getBean(Transactions.class));
        try (InputStream in = Files.newInputStream(csv)) {
            importer.importCsv(LearningModel.FAMILY, in, csv.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            csv.toFile().delete();
        }
    }

    /** B5 of one province: its attainment for every model, {@code rounds} times; prints each round. */
    private static Report report(ConfigurableApplicationContext context, String code, String when) {
        AttainmentService attainment = context.getBean(AttainmentService.class);
        int rounds = Integer.getInteger("rounds", 3);
        double[] millis = new double[rounds];
        String fingerprint = null;
        String figures = null;
        Attainment family = null;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            StringBuilder all = new StringBuilder();
            for (LearningModel model : LearningModel.values()) {
                Attainment a = attainment.attainment(code, YEAR, model);
                if (model == LearningModel.FAMILY) {
                    family = a;
                }
                all.append(CycleBenchmark.figures(a));
            }
            millis[round] = seconds(start) * 1000;
            figures = all.toString();
            fingerprint = String.format(Locale.ROOT, "%08x", figures.hashCode());
        }
        System.out.printf(Locale.ROOT, "  B5 report of province %s (%s), %d models, rounds: %s ms; fingerprint %s over "
                + "%,d characters; FAMILY %,d subjects, %,d registered, %,d recognised%n", code, when,
                LearningModel.values().length, millisList(millis), fingerprint, figures.length(), family.subjects(),
                family.registered(), family.recognised());
        if (when.equals("after all cycles")) {
            warmAfter.put(code, warm(millis));
        }
        return new Report(fingerprint, figures, family, millis);
    }

    /**
     * The national attainment: {@code attainment("VN", …)} over the country's 34 provinces and every
     * unit under them, the first call timed (cold: the first national one of the JVM), then warm rounds;
     * the three provinces' counts checked against their own reports. Returns cold, warm (best of the
     * warm rounds' FAMILY) and the warm five models' milliseconds.
     */
    private static double[] nationalAttainment(ConfigurableApplicationContext context, List<Province> provinces,
            Map<String, Report> ownReports) {
        AttainmentService attainment = context.getBean(AttainmentService.class);
        long start = System.nanoTime();
        Attainment first = attainment.attainment(CENTRE, YEAR, LearningModel.FAMILY);
        double cold = seconds(start) * 1000;
        System.out.printf(Locale.ROOT, "B7 national attainment (FAMILY, cold): %.0f ms: %d provinces, %,d subjects, "
                + "%,d registered, %,d recognised, rate %s%%%n", cold, first.children().size(), first.subjects(),
                first.registered(), first.recognised(), first.rate());
        int rounds = Integer.getInteger("rounds", 3);
        double[] family = new double[rounds];
        double[] all = new double[rounds];
        Attainment last = first;
        for (int round = 0; round < rounds; round++) {
            start = System.nanoTime();
            last = attainment.attainment(CENTRE, YEAR, LearningModel.FAMILY);
            family[round] = seconds(start) * 1000;
            start = System.nanoTime();
            for (LearningModel model : LearningModel.values()) {
                attainment.attainment(CENTRE, YEAR, model);
            }
            all[round] = seconds(start) * 1000;
        }
        System.out.printf(Locale.ROOT, "B7 national attainment (FAMILY, warm) rounds: %s ms; all %d models: %s ms%n",
                millisList(family), LearningModel.values().length, millisList(all));
        for (Province province : provinces) {
            Attainment own = ownReports.get(province.code()).family();
            Attainment inNational = last.children().stream().filter(c -> c.unit().code().equals(province.code()))
                    .findFirst().orElse(null);
            boolean same = inNational != null && inNational.subjects() == own.subjects()
                    && inNational.registered() == own.registered() && inNational.recognised() == own.recognised();
            System.out.printf(Locale.ROOT, "B7 national attainment, province %s: %s subjects / registered / "
                    + "recognised %s, its own report %,d / %,d / %,d%n", province.code(), same ? "matches" : "DIFFERS",
                    inNational == null ? "absent" : String.format(Locale.ROOT, "%,d / %,d / %,d",
                            inNational.subjects(), inNational.registered(), inNational.recognised()),
                    own.subjects(), own.registered(), own.recognised());
        }
        return new double[] {cold, min(family), min(all)};
    }

    /** Which tables are partitioned (PostgreSQL's catalogue), so that the output says what it ran on. */
    private static void printPartitions(BenchmarkDatabase database) {
        if (!database.kind().equals("postgres")) {
            partitionsLine = "no partitions (H2)";
            System.out.println("partitioned tables: none (H2 has no partitioning)");
            return;
        }
        List<String> partitioned = new ArrayList<>();
        int partitions = 0;
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT c.relname, p.partstrat FROM pg_partitioned_table p "
                    + "JOIN pg_class c ON c.oid = p.partrelid ORDER BY c.relname")) {
                while (r.next()) {
                    partitioned.add(r.getString(1) + " (" + r.getString(2) + ")");
                }
            }
            try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM pg_inherits i JOIN pg_class c "
                    + "ON c.oid = i.inhrelid WHERE c.relkind = 'r'")) {
                r.next();
                partitions = r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        partitionsLine = partitioned.isEmpty() ? "no partitioned tables"
                : "partitioned tables " + String.join(", ", partitioned) + ", " + partitions + " leaf partitions";
        System.out.println("partitioned tables (pg_partitioned_table): "
                + (partitioned.isEmpty() ? "none" : String.join(", ", partitioned) + "; leaf partitions: " + partitions));
    }

    /** PostgreSQL's size of the database, as {@code pg_size_pretty} gives it ("-" on H2). */
    private static String databaseSize(BenchmarkDatabase database) {
        if (!database.kind().equals("postgres")) {
            return "-";
        }
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of unit versions valid after the reform, by level. */
    private static void printUnits(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT unit_level, COUNT(*) FROM ls_unit_version WHERE "
                        + "valid_to IS NULL GROUP BY unit_level ORDER BY unit_level")) {
            StringBuilder line = new StringBuilder("units in force after the reform:");
            while (r.next()) {
                line.append(String.format(Locale.ROOT, " %s %,d", r.getString(1), r.getLong(2)));
            }
            System.out.println(line);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void printProfile(StatementProfile profile) {
        if (profile != null) {
            java.io.PrintWriter out = new java.io.PrintWriter(System.out);
            profile.print(out, Integer.getInteger("profile.top", 12));
            out.flush();
        }
    }

    /** The warm figure of a report: the best round after the first (the first alone if one round). */
    private static double warm(double[] millis) {
        return millis.length == 1 ? millis[0] : min(Arrays.copyOfRange(millis, 1, millis.length));
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static String millisList(double[] millis) {
        StringBuilder s = new StringBuilder();
        for (double m : millis) {
            s.append(s.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", m));
        }
        return s.toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
