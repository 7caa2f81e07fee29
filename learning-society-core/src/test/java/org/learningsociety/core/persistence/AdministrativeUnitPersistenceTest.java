package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.StoredFixtures.AFTER_REFORM;
import static org.learningsociety.core.fixtures.StoredFixtures.BEFORE_REFORM;
import static org.learningsociety.core.fixtures.StoredFixtures.REFORM;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.fixtures.StoredFixtures.Hierarchy;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

class AdministrativeUnitPersistenceTest {

    @OnBothDatabases
    void roundTripsEveryFieldOfAVersion(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            Hierarchy h = StoredFixtures.hierarchy(units);

            for (AdministrativeUnit unit : h.all()) {
                assertThat(units.versionsOf(unit.id())).containsExactly(unit);
            }
            assertThat(units.findById(h.centre().id(), BEFORE_REFORM)).contains(h.centre());
            assertThat(units.findById(h.oldCommune().id(), AFTER_REFORM)).isEmpty();
        }
    }

    @OnBothDatabases
    void findsTheUnitHoldingACodeOnEachSideOfTheReform(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            Hierarchy h = StoredFixtures.hierarchy(units);

            assertThat(units.findByCode("11311", BEFORE_REFORM)).contains(h.oldCommune());
            assertThat(units.findByCode("11311", REFORM.minusDays(1))).contains(h.oldCommune());
            assertThat(units.findByCode("11311", REFORM)).contains(h.newCommune());
            assertThat(units.findByCode("11311", AFTER_REFORM)).contains(h.newCommune());
            assertThat(units.findByCode("11311", LocalDate.of(2019, 1, 1))).isEmpty();
            assertThat(units.findByCode("303", AFTER_REFORM)).isEmpty();
        }
    }

    @OnBothDatabases
    void findsTheLatestUnitOfACodeWheneverItExisted(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            Hierarchy h = StoredFixtures.hierarchy(units);

            assertThat(units.findLatestByCode("11311")).contains(h.newCommune());
            assertThat(units.findLatestByCode("303")).hasValueSatisfying(abolished -> {
                assertThat(abolished.isValidOn(AFTER_REFORM)).isFalse();
                assertThat(abolished.isValidOn(BEFORE_REFORM)).isTrue();
            });
            assertThat(units.findLatestByCode("99999")).isEmpty();
        }
    }

    @OnBothDatabases
    void answersChildrenAncestorsAndDescendantsAsTheyStoodOnADate(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            Hierarchy h = StoredFixtures.hierarchy(units);
            UnitDirectory directory = new UnitDirectory(units, store.persistence().transactions(),
                    Clock.fixed(AFTER_REFORM.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

            assertThat(units.descendantsOf(h.centre().id(), BEFORE_REFORM))
                    .containsExactlyInAnyOrder(h.province(), h.district(), h.oldCommune(), h.village());
            assertThat(units.descendantsOf(h.province().id(), AFTER_REFORM)).containsExactly(h.newCommune());
            assertThat(units.childrenOf(h.province().id(), BEFORE_REFORM)).containsExactly(h.district());
            assertThat(units.childrenOf(h.province().id(), AFTER_REFORM)).containsExactly(h.newCommune());
            assertThat(directory.ancestorsOf(h.village(), BEFORE_REFORM))
                    .containsExactly(h.oldCommune(), h.district(), h.province(), h.centre());
            assertThat(directory.ancestorsOf(h.newCommune(), AFTER_REFORM)).containsExactly(h.province(), h.centre());
        }
    }

    @OnBothDatabases
    void movesAVillageToAnotherParentByClosingItsVersionAndAddingANewOne(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            Hierarchy h = StoredFixtures.hierarchy(units);
            UnitDirectory directory = new UnitDirectory(units, store.persistence().transactions(),
                    Clock.fixed(AFTER_REFORM.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

            AdministrativeUnit moved = directory.moveUnder(h.village().id(), "11311", REFORM);

            AdministrativeUnit closed = new AdministrativeUnit(h.village().id(), h.village().code(), h.village().name(),
                    UnitLevel.VILLAGE, h.oldCommune().id(), Period.between(StoredFixtures.START, REFORM.minusDays(1)), null);
            assertThat(units.versionsOf(h.village().id())).containsExactly(closed, moved);
            assertThat(moved.parent()).isEqualTo(h.newCommune().id());
            assertThat(units.findById(h.village().id(), BEFORE_REFORM)).contains(closed);
            assertThat(units.descendantsOf(h.province().id(), AFTER_REFORM))
                    .containsExactlyInAnyOrder(h.newCommune(), moved);
            assertThat(directory.ancestorsOf(moved, AFTER_REFORM)).containsExactly(h.newCommune(), h.province(), h.centre());
        }
    }

    @OnBothDatabases
    void keepsSuccessionsOfMergedUnits(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            Hierarchy h = StoredFixtures.hierarchy(units);
            Succession whole = new Succession(h.oldCommune().id(), h.newCommune().id(), REFORM, Succession.Kind.WHOLE);
            Succession part = new Succession(h.district().id(), h.newCommune().id(), REFORM, Succession.Kind.PARTIAL);
            units.addSuccessions(List.of(whole, part));

            assertThat(units.successionsFrom(h.oldCommune().id())).containsExactly(whole);
            assertThat(units.successionsFrom(h.district().id())).containsExactly(part);
            assertThat(units.successionsFrom(h.newCommune().id())).isEmpty();
            UnitDirectory directory = new UnitDirectory(units, store.persistence().transactions(),
                    Clock.fixed(AFTER_REFORM.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            assertThat(directory.currentSuccessorsOf("11311", BEFORE_REFORM)).containsExactly(h.newCommune());
        }
    }

    @OnBothDatabases
    void reservesConsecutiveUnitIds(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            UnitId first = units.nextId();
            UnitId second = units.nextId();
            assertThat(second.value()).isEqualTo(first.value() + 1);
        }
    }

    /** The whole country: 34 provinces, 3,321 communes, ~11,600 villages, and 11,000 successions. */
    @OnBothDatabases
    void loadsTheWholeCountryInBatches(Database database) {
        try (Store store = database.freshStore()) {
            AdministrativeUnits units = store.persistence().units();
            List<AdministrativeUnit> country = new ArrayList<>();
            long id = 1_000_000;
            LocalDate from = StoredFixtures.START;
            AdministrativeUnit centre = new AdministrativeUnit(new UnitId(id++), "VN", "Việt Nam", UnitLevel.CENTRE,
                    null, Period.from(from), null);
            country.add(centre);
            AdministrativeUnit sampleProvince = null;
            int villages = 0;
            for (int p = 0; p < 34; p++) {
                AdministrativeUnit province = new AdministrativeUnit(new UnitId(id++), String.format("%02d", p + 1),
                        "Tỉnh " + p, UnitLevel.PROVINCE, centre.id(), Period.from(from), null);
                country.add(province);
                sampleProvince = sampleProvince == null ? province : sampleProvince;
                for (int c = 0; c < 98; c++) {
                    AdministrativeUnit commune = new AdministrativeUnit(new UnitId(id++),
                            String.format("%02d%03d", p + 1, c), "Xã " + c, UnitLevel.COMMUNE, province.id(),
                            Period.from(from), null);
                    country.add(commune);
                    for (int v = 0; v < 3 + (c % 2); v++) {
                        country.add(new AdministrativeUnit(new UnitId(id++), commune.code() + "-" + v, "Thôn " + v,
                                UnitLevel.VILLAGE, commune.id(), Period.from(from), null));
                        villages++;
                    }
                }
            }
            List<Succession> successions = new ArrayList<>();
            for (int s = 0; s < 11_000; s++) {
                successions.add(new Succession(new UnitId(2_000_000 + s), country.get(1 + s % 3000).id(), REFORM,
                        Succession.Kind.WHOLE));
            }

            long started = System.nanoTime();
            store.persistence().transactions().run(() -> {
                units.addAll(country);
                units.addSuccessions(successions);
            });
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(store.count("ls_unit_version")).isEqualTo(country.size());
            assertThat(store.count("ls_unit_succession")).isEqualTo(11_000);
            assertThat(country.size()).isGreaterThan(15_000);
            assertThat(units.descendantsOf(centre.id(), AFTER_REFORM)).hasSize(country.size() - 1);
            assertThat(units.descendantsOf(sampleProvince.id(), AFTER_REFORM)).hasSize(98 + villages / 34);
            assertThat(millis).as("loading %s units and 11,000 successions", country.size()).isLessThan(20_000);
        }
    }
}
