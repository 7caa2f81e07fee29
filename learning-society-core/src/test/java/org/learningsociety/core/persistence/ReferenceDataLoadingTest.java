package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.referencedata.CriteriaFile;
import org.learningsociety.core.referencedata.MalformedDataException;
import org.learningsociety.core.referencedata.NationalUnitData;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitLevel;

/** The shipped reference data, loaded into a real database on both sides of the 2025 reform. */
class ReferenceDataLoadingTest {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 5, 1);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 1);

    private static AdministrativeUnitLoader loader(Store store) {
        return new AdministrativeUnitLoader(store.persistence().units(), store.persistence().transactions());
    }

    @OnBothDatabases
    void haiPhongsCommunesLoadUnderProvince31(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnitLoader.LoadReport report = loader(store).loadProvince("31");
            AdministrativeUnits units = store.persistence().units();

            AdministrativeUnit haiPhong = units.findByCode("31", IN_2026).orElseThrow();
            assertThat(haiPhong.name()).isEqualTo("Thành phố Hải Phòng");
            List<AdministrativeUnit> communes = units.childrenOf(haiPhong.id(), IN_2026);
            assertThat(communes).hasSize(114).allSatisfy(c -> assertThat(c.level()).isEqualTo(UnitLevel.COMMUNE));
            assertThat(report.unitsAdded()).isPositive();
            // the old provinces that went into it are there too, as they were
            assertThat(units.findByCode("30", IN_2024).orElseThrow().name()).isEqualTo("Tỉnh Hải Dương");
        }
    }

    @OnBothDatabases
    void code10507IsCamThuongIn2024AndThanhDongIn2026(Database database) {
        try (Store store = database.freshStore()) {
            loader(store).loadProvince("31");
            AdministrativeUnits units = store.persistence().units();

            AdministrativeUnit before = units.findByCode("10507", IN_2024).orElseThrow();
            assertThat(before.name()).isEqualTo("Phường Cẩm Thượng");
            assertThat(units.findById(before.parent(), IN_2024).orElseThrow().code()).isEqualTo("288");

            AdministrativeUnit after = units.findByCode("10507", IN_2026).orElseThrow();
            assertThat(after.name()).isEqualTo("Phường Thành Đông");
            assertThat(units.findById(after.parent(), IN_2026).orElseThrow().code()).isEqualTo("31");
            assertThat(after.id()).isNotEqualTo(before.id());
        }
    }

    @OnBothDatabases
    void aPreReformHaiDuongCommunesSuccessorInHaiPhongIsFound(Database database) {
        try (Store store = database.freshStore()) {
            loader(store).loadProvince("31");
            var directory = new org.learningsociety.core.unit.UnitDirectory(store.persistence().units(),
                    store.persistence().transactions(), java.time.Clock.fixed(
                            IN_2026.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));

            // Phường Bình Hàn (10510), Thành phố Hải Dương, went wholly into Phường Thành Đông
            assertThat(directory.currentSuccessorsOf("10510", IN_2024))
                    .extracting(AdministrativeUnit::code, AdministrativeUnit::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("10507", "Phường Thành Đông"));
            // the old province went into Hải Phòng
            assertThat(directory.currentSuccessorsOf("30", IN_2024)).extracting(AdministrativeUnit::code)
                    .containsExactly("31");
        }
    }

    @OnBothDatabases
    void loadingTwiceChangesNothing(Database database) {
        try (Store store = database.freshStore()) {
            loader(store).loadProvince("31");
            long units = store.count("ls_unit_version");
            long successions = store.count("ls_unit_succession");

            AdministrativeUnitLoader.LoadReport again = loader(store).loadProvince("31");

            assertThat(again.addedNothing()).isTrue();
            assertThat(store.count("ls_unit_version")).isEqualTo(units);
            assertThat(store.count("ls_unit_succession")).isEqualTo(successions);
        }
    }

    /**
     * Two nodes of a cluster starting together on an empty database: each loads in its own
     * transaction, the later waits for the earlier's lock and stores nothing more. Without the lock
     * both found no units and stored every unit twice (found by {@code TwoNodesTest} of the portal).
     */
    @OnBothDatabases
    void twoLoadsAtOnceStoreTheUnitsPlansAndCriteriaOnce(Database database) throws Exception {
        try (Store store = database.freshStore()) {
            ReferenceDataLoader plans = new ReferenceDataLoader(store.persistence().plans(),
                    store.persistence().criteriaSets(), store.persistence().transactions(), getClass().getClassLoader());
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.Callable<List<Integer>> node = () -> {
                together.await();
                int units = loader(store).loadProvince("31").unitsAdded();
                together.await();
                return List.of(units, plans.loadAll().plansStored().size());
            };
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = two.submit(node);
                var b = two.submit(node);
                List<Integer> first = a.get();
                List<Integer> second = b.get();
                assertThat(List.of(first.get(0), second.get(0))).as("units each node stored").containsOnlyOnce(0);
                assertThat(List.of(first.get(1), second.get(1))).as("plans each node stored")
                        .containsExactlyInAnyOrder(0, 5);
            } finally {
                two.shutdownNow();
            }
            assertThat(store.queryLong("SELECT COUNT(*) FROM (SELECT code, valid_from FROM ls_unit_version"
                    + " GROUP BY code, valid_from HAVING COUNT(*) > 1) twice")).as("unit codes stored twice").isZero();
            assertThat(store.count("ls_plan")).isEqualTo(5);
            assertThat(store.count("ls_criteria_set")).isEqualTo(10);
        }
    }

    @OnBothDatabases
    void theCountryAfterAProvinceAddsOnlyWhatIsMissingAndTwiceNothing(Database database) {
        try (Store store = database.freshStore()) {
            loader(store).loadProvince("31");
            AdministrativeUnitLoader.LoadReport country = loader(store).loadCountry();
            // 1 centre, 63 + 34 provinces, 696 districts, 10,051 + 3,321 communes
            assertThat(store.count("ls_unit_version")).isEqualTo(14_166);
            assertThat(country.unitsAdded()).isPositive();
            assertThat(loader(store).loadCountry().addedNothing()).isTrue();
            assertThat(store.count("ls_unit_version")).isEqualTo(14_166);
        }
    }

    @OnBothDatabases
    void aMalformedRowFailsTheLoadAndStoresNothing(Database database) throws IOException {
        String conversion;
        try (InputStream in = NationalUnitData.Source.shipped().open(NationalUnitData.CONVERSION_FILE)) {
            conversion = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a row near the end: everything before it parses
        int last = conversion.lastIndexOf(",Nhập toàn bộ,");
        String broken = conversion.substring(0, last) + ",Nhập toàn bộ,Huyện Không Mã," + conversion.substring(
                conversion.indexOf('\n', last) > 0 ? conversion.indexOf(',', last + 14) + 1 : last);
        NationalUnitData.Source source = name -> name.equals(NationalUnitData.CONVERSION_FILE)
                ? new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))
                : NationalUnitData.Source.shipped().open(name);
        try (Store store = database.freshStore()) {
            AdministrativeUnitLoader loader = new AdministrativeUnitLoader(store.persistence().units(),
                    store.persistence().transactions(), source, LocalDate.of(2021, 1, 1));

            assertThatThrownBy(loader::loadCountry).isInstanceOfSatisfying(MalformedDataException.class, e -> {
                assertThat(e.file()).isEqualTo(NationalUnitData.CONVERSION_FILE);
                assertThat(e.line()).isGreaterThan(11_000);
            });
            assertThat(store.count("ls_unit_version")).isZero();
            assertThat(store.count("ls_unit_succession")).isZero();
        }
    }

    @OnBothDatabases
    void plansAndCriteriaLoadOnceAndReadBackAsTheirFilesSay(Database database) {
        try (Store store = database.freshStore()) {
            ReferenceDataLoader loader = new ReferenceDataLoader(store.persistence().plans(),
                    store.persistence().criteriaSets(), store.persistence().transactions(), getClass().getClassLoader());

            ReferenceDataLoader.LoadReport first = loader.loadAll();
            assertThat(first.plansStored()).hasSize(5);
            assertThat(first.criteriaSetsStored()).hasSize(10);
            assertThat(loader.loadAll().storedNothing()).isTrue();

            for (String id : first.plansStored()) {
                String name = ReferenceDataLoader.PLAN_FOLDER + "/" + id + ".yaml";
                Plan fromFile = PlanFile.read(name, getClass().getClassLoader().getResourceAsStream(name));
                Plan stored = store.persistence().plans().findById(id).orElseThrow();
                assertThat(stored).as(id).isEqualTo(fromFile);
            }
            var family = store.persistence().criteriaSets().findByKey("family-448-2015").orElseThrow();
            assertThat(family.indicators()).hasSize(10);
            assertThat(family.rule().sample()).isTrue();
            assertThat(family.criteria().get(0).sample()).isFalse();
            for (String key : first.criteriaSetsStored()) {
                String name = ReferenceDataLoader.CRITERIA_FOLDER + "/" + key + ".yaml";
                CriteriaSet fromFile = CriteriaFile.read(name, getClass().getClassLoader().getResourceAsStream(name));
                CriteriaSet stored = store.persistence().criteriaSets().findByKey(key).orElseThrow();
                // levels and authorities (with their dates) read back as the file says them
                assertThat(stored).as(key).isEqualTo(fromFile.withId(stored.id()));
            }
        }
    }
}
