package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Phase;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.shared.ConflictException;

class PlanPersistenceTest {

    @OnBothDatabases
    void roundTripsAPlanWithAllItsParts(Database database) {
        try (Store store = database.freshStore()) {
            Plans plans = store.persistence().plans();
            Plan plan = StoredFixtures.plan("hai-phong-46-kh-ubnd-2022", 1);

            plans.save(plan);

            assertThat(plans.findById(plan.id())).contains(plan);
            assertThat(plans.findByScope("31")).containsExactly(plan);
            assertThat(plans.findByScope("01")).isEmpty();
            assertThat(plans.findAll()).containsExactly(plan);
            assertThat(plans.findById("nothing")).isEmpty();
        }
    }

    @OnBothDatabases
    void keepsTheReportPeriodAOneOffMilestoneDates(Database database) {
        try (Store store = database.freshStore()) {
            Plans plans = store.persistence().plans();
            String name = ReferenceDataLoader.PLAN_FOLDER + "/thai-binh-29-kh-khkh-2022.yaml";
            Plan plan = PlanFile.read(name, getClass().getClassLoader().getResourceAsStream(name));

            plans.save(plan);

            Plan read = plans.findById(plan.id()).orElseThrow();
            assertThat(read.milestones()).isEqualTo(plan.milestones());
            assertThat(read.milestones(Milestone.REPORT)).extracting(Milestone::level, Milestone::period)
                    .containsExactly(tuple("PROVINCE", "2021-2025"), tuple("DISTRICT", "2021-2030"),
                            tuple("PROVINCE", "2021-2030"));
            assertThat(read.milestones("REVIEW_2030")).extracting(Milestone::period).containsOnlyNulls();
        }
    }

    @OnBothDatabases
    void replacesAnOlderVersionWhole(Database database) {
        try (Store store = database.freshStore()) {
            Plans plans = store.persistence().plans();
            plans.save(StoredFixtures.plan("p", 1));
            Plan base = StoredFixtures.plan("p", 2);
            Plan newer = new Plan(base.id(), 2, base.status(), base.issuer(), base.number(), null, 2023,
                    base.title(), base.scope(), List.of(), List.of(new Phase("2021-2030", 2021, 2030)),
                    base.indicators(), base.targets().subList(0, 1), base.derivationRule(), List.of());

            plans.save(newer);

            assertThat(plans.findById("p")).contains(newer);
            assertThat(store.count("ls_plan_target")).isEqualTo(1);
            assertThat(store.count("ls_plan_milestone")).isZero();
        }
    }

    @OnBothDatabases
    void refusesToOverwriteANewerVersionAndIgnoresTheSameOneSavedAgain(Database database) {
        try (Store store = database.freshStore()) {
            Plans plans = store.persistence().plans();
            Plan current = StoredFixtures.plan("p", 3);
            plans.save(current);

            assertThatThrownBy(() -> plans.save(StoredFixtures.plan("p", 2))).isInstanceOf(ConflictException.class);
            plans.save(StoredFixtures.plan("p", 3));
            Plan base = StoredFixtures.plan("p", 3);
            Plan edited = new Plan("p", 3, base.status(), base.issuer(), base.number(), base.issuedOn(),
                    base.issuedYear(), "Tiêu đề khác", base.scope(), base.legalBasis(), base.phases(),
                    base.indicators(), base.targets(), base.derivationRule(), base.milestones());
            assertThatThrownBy(() -> plans.save(edited)).isInstanceOf(ConflictException.class);

            assertThat(plans.findById("p")).contains(current);
        }
    }
}
