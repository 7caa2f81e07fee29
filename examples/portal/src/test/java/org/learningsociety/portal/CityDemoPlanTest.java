package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.referencedata.NationalUnitData;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.subject.LearningModel;

/**
 * The demo's city, generated without starting the portal: Hải Phòng's communes after the reform as the
 * shipped unit files list them, the targets of Hải Phòng's plan 46/KH-UBND over Programme 387 as the
 * shipped plan files state them.
 */
class CityDemoPlanTest {

    private static final List<String> MADE_BY_HAND = List.of(DemoData.THANH_DONG, DemoData.HAI_DUONG);

    @Test
    void theSameSeedGeneratesTheSameCity() {
        assertThat(CityDemoPlan.generate(CityDemo.SEED, communes(), targets()))
                .isEqualTo(CityDemoPlan.generate(CityDemo.SEED, communes(), targets()));
        assertThat(CityDemoPlan.generate(CityDemo.SEED + 1, communes(), targets()))
                .isNotEqualTo(CityDemoPlan.generate(CityDemo.SEED, communes(), targets()));
    }

    @Test
    void eachYearsCityRateLandsWithinThreePointsOfThePlansTargetBeforeAndAfterTheReform() {
        List<CityDemoPlan.CommuneSeed> communes = communes();
        Map<Integer, Map<LearningModel, BigDecimal>> targets = targets();
        CityDemoPlan plan = CityDemoPlan.generate(CityDemo.SEED, communes, targets);

        assertThat(plan.communes()).hasSize(112).noneMatch(c -> MADE_BY_HAND.contains(c.code()));
        for (var year : targets.entrySet()) {
            for (LearningModel model : CityDemoPlan.MODELS) {
                double target = year.getValue().get(model).doubleValue();
                assertThat(plan.cityRate(year.getKey(), model).doubleValue()).as("%s %s", year.getKey(), model)
                        .isCloseTo(target, within(3.0));
                // the city as it was before the reform: the communes whose villages were Hải Phòng's then
                assertThat(rateOf(plan, year.getKey(), model, "31")).as("%s %s old city", year.getKey(), model)
                        .isCloseTo(target, within(3.0));
            }
        }
    }

    @Test
    void communesSpreadWellAboveAndWellBelowTheCity() {
        CityDemoPlan plan = CityDemoPlan.generate(CityDemo.SEED, communes(), targets());
        for (int year = CityDemo.FIRST_YEAR; year <= CityDemo.LAST_YEAR; year++) {
            double city = plan.cityRate(year, LearningModel.FAMILY).doubleValue();
            List<Double> rates = new ArrayList<>();
            for (var entry : plan.outcomes().entrySet()) {
                if (entry.getKey().year() == year && entry.getKey().model() == LearningModel.FAMILY) {
                    rates.add(entry.getValue().recognised() * 100.0 / entry.getValue().subjects());
                    assertThat(entry.getValue().registered()).isBetween(entry.getValue().recognised(),
                            entry.getValue().subjects());
                }
            }
            assertThat(rates).anyMatch(r -> r >= city + 10).anyMatch(r -> r <= city - 10);
        }
        int households = plan.communes().stream().mapToInt(CityDemoPlan.Commune::households).sum();
        assertThat(households).isBetween(10_000, 20_000);
    }

    private static double rateOf(CityDemoPlan plan, int year, LearningModel model, String before) {
        long subjects = 0;
        long recognised = 0;
        for (CityDemoPlan.Commune commune : plan.communes()) {
            if (commune.before().equals(before)) {
                CityDemoPlan.Outcome outcome = plan.outcomes().get(new CityDemoPlan.Key(commune.code(), year, model));
                subjects += outcome.subjects();
                recognised += outcome.recognised();
            }
        }
        return recognised * 100.0 / subjects;
    }

    /** Hải Phòng's communes today, each with the old province of the first commune the conversion table lists for it. */
    private static List<CityDemoPlan.CommuneSeed> communes() {
        NationalUnitData data = NationalUnitData.read(NationalUnitData.Source.shipped());
        Map<String, String> before = new LinkedHashMap<>();
        for (NationalUnitData.Conversion conversion : data.conversions()) {
            if (conversion.oldCommuneCode() != null && !conversion.oldCommuneCode().isBlank()) {
                before.putIfAbsent(conversion.newCommuneCode(), conversion.oldProvinceCode());
            }
        }
        return data.newCommunes().values().stream()
                .filter(c -> c.provinceCode().equals(DemoData.HAI_PHONG) && !MADE_BY_HAND.contains(c.code()))
                .sorted(java.util.Comparator.comparing(NationalUnitData.NewCommune::code))
                .map(c -> new CityDemoPlan.CommuneSeed(c.code(), c.name(), before.getOrDefault(c.code(), "")))
                .toList();
    }

    /** The recognition targets of Hải Phòng's plan over Programme 387, 2022–2025, read from the shipped files. */
    private static Map<Integer, Map<LearningModel, BigDecimal>> targets() {
        Plan plan = plan("hai-phong-46-kh-ubnd-2022.yaml").overlaidOn(plan("programme-387.yaml"));
        Map<Integer, Map<LearningModel, BigDecimal>> targets = new LinkedHashMap<>();
        for (int year = CityDemo.FIRST_YEAR; year <= CityDemo.LAST_YEAR; year++) {
            Map<LearningModel, BigDecimal> ofYear = new LinkedHashMap<>();
            for (LearningModel model : CityDemoPlan.MODELS) {
                String indicator = plan.recognitionIndicatorFor(model).orElseThrow().code();
                ofYear.put(model, plan.targetFor(indicator, year, null).value());
            }
            targets.put(year, ofYear);
        }
        return targets;
    }

    private static Plan plan(String file) {
        String path = ReferenceDataLoader.PLAN_FOLDER + "/" + file;
        try (InputStream in = CityDemoPlanTest.class.getClassLoader().getResourceAsStream(path)) {
            return PlanFile.read(file, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
