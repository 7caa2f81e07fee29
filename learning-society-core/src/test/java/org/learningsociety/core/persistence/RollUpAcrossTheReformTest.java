package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.attainment.ReformRollUp;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.fakes.TestClock;
import org.learningsociety.core.fixtures.YearlyUseCases;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * Records made in Hải Dương's communes before 1 July 2025 count, in reports dated after it, towards
 * the Hải Phòng communes that succeeded them; a report of 2024 still shows the units as they were.
 * Records of a commune that went only partly into another stay unassigned until re-assigned.
 */
class RollUpAcrossTheReformTest {

    /** The core's services over a real database, on a clock a test moves. */
    private record Services(Store store, TestClock clock, UnitDirectory units, SubjectCatalogue subjects,
            YearlyUseCases yearly, AttainmentService attainment) {

        static Services on(Store store) {
            return on(store, false);
        }

        /** {@code country}: every province's units (both sides of the reform), not Hải Phòng's alone. */
        static Services on(Store store, boolean country) {
            MyBatisPersistence p = store.persistence();
            TestClock clock = TestClock.on(LocalDate.of(2025, 3, 1));
            AdministrativeUnitLoader loader = new AdministrativeUnitLoader(p.units(), p.transactions());
            if (country) {
                loader.loadCountry();
            } else {
                loader.loadProvince("31");
            }
            new ReferenceDataLoader(p.plans(), p.criteriaSets(), p.transactions(),
                    RollUpAcrossTheReformTest.class.getClassLoader()).loadAll();
            UnitDirectory units = new UnitDirectory(p.units(), p.transactions(), clock);
            PlanDirectory plans = new PlanDirectory(p.plans(), units);
            return new Services(store, clock, units, new SubjectCatalogue(p.subjects(), p.units(), p.transactions(), clock),
                    YearlyUseCases.of(new YearlyRecords(p.registrations(), p.criteriaSets(), p.transactions(),
                            DomainEvents.NONE, clock), p.subjects(), p.decisions(), units, plans),
                    new AttainmentService(p.attainmentCounts(), units, plans, new ReformRollUp(p.units()), clock));
        }

        /** Households of a unit (by its code now), registered for {@code year}; the first {@code recognised} recognised. */
        List<Registration> households(String unitCode, String prefix, int count, int year, int recognised,
                String decisionUnitCode, String decisionNumber) {
            List<NewSubject> news = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                news.add(new NewSubject(LearningModel.FAMILY, unitCode, "Hộ " + prefix + " " + i, prefix + "-" + i));
            }
            List<Subject> added = subjects.addAll(news);
            List<Registration> registered = yearly.registering().registerAll(added.stream().map(Subject::id).toList(), year);
            Map<String, Integer> full = new LinkedHashMap<>();
            for (String code : ServicesOnDatabase.FAMILY_INDICATORS) {
                full.put(code, 10);
            }
            List<Evidence> evidence = full.keySet().stream().map(c -> new Evidence(c, "hs-" + c, "Minh chứng " + c)).toList();
            yearly.selfAssessing().selfAssessAll(registered.stream()
                    .map(r -> new org.learningsociety.core.registration.SelfAssessment(r.id(), Scores.of(full), evidence)).toList(), false);
            yearly.verifying().verifyAll(registered.stream()
                    .map(r -> new org.learningsociety.core.registration.Verification(r.id(), Scores.of(full), "Cán bộ thẩm định", null))
                    .toList());
            if (recognised > 0) {
                List<RegistrationId> ids = registered.subList(0, recognised).stream().map(Registration::id).toList();
                yearly.recognising().recognise(new org.learningsociety.core.decision.NewDecision(decisionNumber, clock.today(), "Chủ tịch UBND",
                        decisionUnitCode), year, LearningModel.FAMILY, ids, Map.of());
            }
            return registered;
        }
    }

    @OnBothDatabases
    void recordsOfHaiDuongCommunesCountTowardsTheirHaiPhongSuccessorAfterTheReform(Database database) {
        try (Store store = database.freshStore()) {
            Services s = Services.on(store);
            // early 2025, before the reform: villages of Phường Cẩm Thượng (10507) and Phường Bình Hàn (10510)
            AdministrativeUnit moved = s.units().addVillage("1050701", "Khu dân cư số 1", "10507", LocalDate.of(2024, 1, 1));
            s.units().addVillage("1051001", "Khu dân cư số 2", "10510", LocalDate.of(2024, 1, 1));
            s.households("1050701", "a", 10, 2025, 6, "10507", "5/QĐ-UBND");
            s.households("1051001", "b", 20, 2025, 5, "10510", "7/QĐ-UBND");
            // on 1 July 2025 the first village is moved under new Phường Thành Đông; the second is left where it was
            s.units().moveUnder(moved.id(), "10507", LocalDate.of(2025, 7, 1));

            // a report of 2024 shows the units as they were (no 2024 records: counts are of 2024)
            s.clock().setDate(LocalDate.of(2026, 2, 1));
            Attainment old2024 = s.attainment().attainment("288", 2024, LearningModel.FAMILY);
            assertThat(old2024.unit().name()).isEqualTo("Thành phố Hải Dương");
            assertThat(old2024.children()).extracting(a -> a.unit().code()).contains("10507", "10510");

            // the 2025 report, dated after the reform, counts both villages' records under Thành Đông
            Attainment thanhDong = s.attainment().attainment("10507", 2025, LearningModel.FAMILY);
            assertThat(thanhDong.unit().name()).isEqualTo("Phường Thành Đông");
            assertThat(thanhDong.subjects()).isEqualTo(30);
            assertThat(thanhDong.registered()).isEqualTo(30);
            assertThat(thanhDong.recognised()).isEqualTo(11);
            assertThat(thanhDong.rate()).isEqualByComparingTo("36.67");
            assertThat(thanhDong.unassigned()).isZero();

            Attainment haiPhong = s.attainment().attainment("31", 2025, LearningModel.FAMILY);
            assertThat(haiPhong.recognised()).isEqualTo(11);
            assertThat(haiPhong.children()).filteredOn(a -> a.unit().code().equals("10507"))
                    .singleElement().satisfies(a -> assertThat(a.recognised()).isEqualTo(11));
            assertThat(haiPhong.target().value()).isEqualByComparingTo("70");
        }
    }

    @OnBothDatabases
    void recordsOfAPartlyMergedCommuneStayUnassignedUntilTheirSubjectsAreReassigned(Database database) {
        try (Store store = database.freshStore()) {
            Services s = Services.on(store);
            var units = store.persistence().units();
            var reformDay = AdministrativeUnitLoader.REFORM_DATE;
            // find an old commune of Hải Dương or Hải Phòng that went only partly into a Hải Phòng commune
            var partial = new ArrayList<org.learningsociety.core.unit.Succession>();
            for (AdministrativeUnit commune : units.childrenOf(units.findByCode("31", reformDay).orElseThrow().id(), reformDay)) {
                units.successionsInto(List.of(commune.id())).stream()
                        .filter(x -> x.kind() == org.learningsociety.core.unit.Succession.Kind.PARTIAL)
                        .forEach(partial::add);
            }
            assertThat(partial).isNotEmpty();
            var split = partial.get(0);
            AdministrativeUnit oldCommune = units.findById(split.predecessor(), LocalDate.of(2025, 6, 30)).orElseThrow();
            AdministrativeUnit successor = units.findById(split.successor(), reformDay).orElseThrow();
            List<Registration> made = s.households(oldCommune.code(), "p", 4, 2025, 0, oldCommune.code(), "1/QĐ");

            s.clock().setDate(LocalDate.of(2026, 2, 1));
            Attainment before = s.attainment().attainment(successor.code(), 2025, LearningModel.FAMILY);
            assertThat(before.registered()).isZero();
            assertThat(before.unassigned()).isEqualTo(4);

            // the portal re-assigns two of the households to the successor
            store.persistence().transactions().run(() -> {
                store.persistence().subjects().moveTo(made.get(0).subject(), successor.id());
                store.persistence().subjects().moveTo(made.get(1).subject(), successor.id());
            });
            Attainment after = s.attainment().attainment(successor.code(), 2025, LearningModel.FAMILY);
            assertThat(after.registered()).isEqualTo(2);
            assertThat(after.subjects()).isEqualTo(2);
            assertThat(after.unassigned()).isEqualTo(2);
        }
    }

    @OnBothDatabases
    void theNationalAttainmentCountsEachProvinceAsItsOwnReportDoes(Database database) {
        try (Store store = database.freshStore()) {
            Services s = Services.on(store, true);
            // before the reform: a village of Phường Cẩm Thượng (Hải Dương), moved under Phường Thành Đông
            // (Hải Phòng) on 1 July 2025 — its records reach the country's figures through the roll-up
            AdministrativeUnit moved = s.units().addVillage("1050701", "Khu dân cư số 1", "10507", LocalDate.of(2024, 1, 1));
            s.households("1050701", "a", 10, 2025, 6, "10507", "5/QĐ-UBND");
            s.units().moveUnder(moved.id(), "10507", AdministrativeUnitLoader.REFORM_DATE);
            // after the reform: a village in the first commune of Hồ Chí Minh City and of Đà Nẵng
            s.clock().setDate(LocalDate.of(2025, 9, 1));
            var units = store.persistence().units();
            Map<String, String> villageOf = new LinkedHashMap<>();
            for (String province : List.of("79", "48")) {
                AdministrativeUnit commune = units.childrenOf(units.findByCode(province, AdministrativeUnitLoader.REFORM_DATE)
                        .orElseThrow().id(), AdministrativeUnitLoader.REFORM_DATE).get(0);
                s.units().addVillage(commune.code() + "01", "Khu phố 1", commune.code(), AdministrativeUnitLoader.REFORM_DATE);
                villageOf.put(province, commune.code());
            }
            s.households(villageOf.get("79") + "01", "h", 8, 2025, 3, villageOf.get("79"), "12/QĐ-UBND");
            s.households(villageOf.get("48") + "01", "d", 5, 2025, 5, villageOf.get("48"), "3/QĐ-UBND");

            s.clock().setDate(LocalDate.of(2026, 2, 1));
            Attainment country = s.attainment().attainment("VN", 2025, LearningModel.FAMILY);
            assertThat(country.children()).hasSize(34);
            assertThat(country.subjects()).isEqualTo(23);
            assertThat(country.registered()).isEqualTo(23);
            assertThat(country.recognised()).isEqualTo(14);
            Map<String, long[]> expected = Map.of("31", new long[] {10, 10, 6}, "79", new long[] {8, 8, 3},
                    "48", new long[] {5, 5, 5});
            expected.forEach((code, counts) -> {
                Attainment own = s.attainment().attainment(code, 2025, LearningModel.FAMILY);
                assertThat(new long[] {own.subjects(), own.registered(), own.recognised()}).as(code).containsExactly(counts);
                assertThat(country.children()).filteredOn(a -> a.unit().code().equals(code)).singleElement()
                        .satisfies(a -> assertThat(new long[] {a.subjects(), a.registered(), a.recognised()})
                                .as(code).containsExactly(counts));
            });
            assertThat(country.children()).filteredOn(a -> !expected.containsKey(a.unit().code()))
                    .allSatisfy(a -> assertThat(a.registered()).isZero());
        }
    }

    @OnBothDatabases
    void manyUnitsAreReadAtOnceAsEachIsReadAlone(Database database) {
        try (Store store = database.freshStore()) {
            var units = store.persistence().units();
            new AdministrativeUnitLoader(units, store.persistence().transactions()).loadProvince("31");
            LocalDate lastOldDay = AdministrativeUnitLoader.REFORM_DATE.minusDays(1);
            AdministrativeUnit haiDuong = units.findByCode("30", lastOldDay).orElseThrow();
            List<AdministrativeUnit> districts = units.childrenOf(haiDuong.id(), lastOldDay);
            List<org.learningsociety.core.unit.UnitId> roots = new ArrayList<>();
            roots.add(haiDuong.id());
            districts.forEach(d -> roots.add(d.id()));
            roots.add(units.findByCode("31", AdministrativeUnitLoader.REFORM_DATE).orElseThrow().id());

            var below = units.descendantsOfEach(roots, lastOldDay);
            assertThat(below.keySet()).containsExactlyInAnyOrderElementsOf(roots);
            for (var root : roots) {
                assertThat(below.get(root)).as("below %s", root).isEqualTo(units.descendantsOf(root, lastOldDay));
            }
            assertThat(below.get(haiDuong.id())).hasSizeGreaterThan(districts.size());

            List<org.learningsociety.core.unit.UnitId> some = below.get(haiDuong.id()).stream()
                    .map(AdministrativeUnit::id).toList();
            for (LocalDate day : List.of(lastOldDay, AdministrativeUnitLoader.REFORM_DATE)) {
                var found = units.findByIds(some, day);
                for (var id : some) {
                    assertThat(java.util.Optional.ofNullable(found.get(id))).as("%s on %s", id, day)
                            .isEqualTo(units.findById(id, day));
                }
            }
            assertThat(units.findByIds(some, AdministrativeUnitLoader.REFORM_DATE)).isEmpty();

            // more ids than one array of H2 takes (65,536), as a report over the whole country passes
            List<org.learningsociety.core.unit.UnitId> many = new ArrayList<>(some);
            for (long id = 1; id <= 70_000; id++) {
                many.add(new org.learningsociety.core.unit.UnitId(-id));
            }
            assertThat(units.findByIds(many, lastOldDay)).hasSize(some.size());
            assertThat(units.successionsInto(many)).isEqualTo(units.successionsInto(some));
            assertThat(units.descendantsOfEach(many, lastOldDay)).hasSize(many.size());
        }
    }
}
