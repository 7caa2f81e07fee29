package org.learningsociety.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningsociety.core.persistence.MyBatisPersistence;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A province at the scale of the benchmarks: 100 communes of 30 villages each (3,000 villages), and
 * a CSV of households spread evenly over the villages.
 */
final class ProvinceFixture {

    static final int COMMUNES = 100;
    static final int VILLAGES_PER_COMMUNE = 30;
    static final LocalDate FROM = LocalDate.of(2025, 7, 1);

    private ProvinceFixture() {
    }

    /** Adds the centre, province 31, its communes and villages; returns the village codes. */
    static List<String> addUnits(MyBatisPersistence persistence) {
        return addUnits(persistence, COMMUNES);
    }

    /** Adds the centre, province 31, {@code communes} communes and their villages; returns the village codes. */
    static List<String> addUnits(MyBatisPersistence persistence, int communes) {
        AdministrativeUnits units = persistence.units();
        List<String> villages = new ArrayList<>();
        persistence.transactions().run(() -> {
            int count = 2 + communes + communes * VILLAGES_PER_COMMUNE;
            long next = units.nextIds(count).value();
            List<AdministrativeUnit> all = new ArrayList<>(count);
            UnitId centre = new UnitId(next++);
            UnitId province = new UnitId(next++);
            all.add(new AdministrativeUnit(centre, "VN", "Việt Nam", UnitLevel.CENTRE, null, Period.from(FROM), null));
            all.add(new AdministrativeUnit(province, "31", "Thành phố Hải Phòng", UnitLevel.PROVINCE, centre,
                    Period.from(FROM), null));
            for (int c = 0; c < communes; c++) {
                UnitId commune = new UnitId(next++);
                String communeCode = communeCode(c);
                all.add(new AdministrativeUnit(commune, communeCode, "Xã thử " + c, UnitLevel.COMMUNE, province,
                        Period.from(FROM), null));
                for (int v = 0; v < VILLAGES_PER_COMMUNE; v++) {
                    String code = communeCode + String.format("%02d", v);
                    all.add(new AdministrativeUnit(new UnitId(next++), code, "Thôn " + (v + 1), UnitLevel.VILLAGE,
                            commune, Period.from(FROM), null));
                    villages.add(code);
                }
            }
            units.addAll(all);
        });
        return villages;
    }

    /** The code of the fixture's {@code index}th commune. */
    static String communeCode(int index) {
        return String.format("%05d", 90000 + index);
    }

    /** Writes {@code households} rows of {@code external_id,name,unit_code} spread over {@code villages}. */
    static Path householdsCsv(int households, List<String> villages) {
        return householdsCsv(households, villages, "HGD-");
    }

    /**
     * As {@link #householdsCsv(int, List)}, the external ids starting with {@code idPrefix} (B7: one
     * prefix per province, since a portal id is unique across the database).
     */
    static Path householdsCsv(int households, List<String> villages, String idPrefix) {
        try {
            Path file = Files.createTempFile("households", ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("external_id,name,unit_code\n");
                for (int i = 0; i < households; i++) {
                    out.write(idPrefix);
                    out.write(Integer.toString(i));
                    out.write(",Hộ gia đình số ");
                    out.write(Integer.toString(i));
                    out.write(',');
                    out.write(villages.get(i % villages.size()));
                    out.write('\n');
                }
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
