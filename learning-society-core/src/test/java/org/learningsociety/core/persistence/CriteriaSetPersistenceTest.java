package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.referencedata.CriteriaFile;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitLevel;

class CriteriaSetPersistenceTest {

    @OnBothDatabases
    void assignsAnIdAndRoundTripsCriteriaIndicatorsAndRule(Database database) {
        try (Store store = database.freshStore()) {
            CriteriaSets sets = store.persistence().criteriaSets();
            CriteriaSet stored = sets.add(StoredFixtures.familyCriteria("family-448-2015", 2016));

            assertThat(stored.id()).isNotNull();
            assertThat(sets.findById(stored.id())).contains(stored);
            assertThat(sets.findByKey("family-448-2015")).contains(stored);
            assertThat(sets.findById(new CriteriaSetId(999))).isEmpty();
            assertThat(stored.maxPoints()).isEqualTo(50);
        }
    }

    @OnBothDatabases
    void keepsWhichNamesAndPointsOfAShippedSetArePlaceholders(Database database) {
        String file = "org/learningsociety/referencedata/criteria/clan-448-2015.yaml";
        CriteriaSet read = CriteriaFile.read(file, getClass().getClassLoader().getResourceAsStream(file));
        try (Store store = database.freshStore()) {
            CriteriaSets sets = store.persistence().criteriaSets();
            CriteriaSet stored = sets.add(read);

            CriteriaSet loaded = sets.findById(stored.id()).orElseThrow();
            assertThat(loaded).isEqualTo(read.withId(stored.id()));
            assertThat(loaded.criteria().get(0).nameSample()).isTrue();
            assertThat(loaded.indicators().get(0).nameSample()).isTrue();
        }
    }

    @OnBothDatabases
    void keepsEveryVersionAndAnswersTheOneInForce(Database database) {
        try (Store store = database.freshStore()) {
            CriteriaSets sets = store.persistence().criteriaSets();
            CriteriaSet old = sets.add(StoredFixtures.familyCriteria("family-448-2015", 2016));
            CriteriaSet newer = sets.add(StoredFixtures.familyCriteria("family-2022", 2022));

            assertThat(sets.findByModel(LearningModel.FAMILY)).containsExactly(old, newer);
            assertThat(sets.findByModel(LearningModel.CLAN)).isEmpty();
            assertThat(sets.inForce(LearningModel.FAMILY, UnitLevel.VILLAGE, 2020)).contains(old);
            assertThat(sets.inForce(LearningModel.FAMILY, UnitLevel.VILLAGE, 2025)).contains(newer);
        }
    }

    @OnBothDatabases
    void refusesToStoreTheSameKeyTwice(Database database) {
        try (Store store = database.freshStore()) {
            CriteriaSets sets = store.persistence().criteriaSets();
            CriteriaSet stored = sets.add(StoredFixtures.familyCriteria("family-448-2015", 2016));

            assertThatThrownBy(() -> sets.add(StoredFixtures.familyCriteria("family-448-2015", 2018)))
                    .isInstanceOf(ConflictException.class);

            assertThat(sets.findByModel(LearningModel.FAMILY)).containsExactly(stored);
            assertThat(store.count("ls_criterion")).isEqualTo(List.of(1, 2).size());
        }
    }
}
