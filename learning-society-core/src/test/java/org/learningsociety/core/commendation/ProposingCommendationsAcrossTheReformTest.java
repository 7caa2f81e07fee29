package org.learningsociety.core.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * Years held in a row count across the 2025 reform: a village of Phường Cẩm Thượng moved into
 * Phường Thành Đông keeps its households' past recognitions.
 */
class ProposingCommendationsAcrossTheReformTest {

    @Test
    void countsTheYearsRecognisedBeforeTheReformInAVillageMovedIntoTheNewCommune() {
        Services services = Services.haiPhong(LocalDate.of(2024, 3, 1));
        AdministrativeUnit village = services.unitDirectory().addVillage("10507-KDC1", "Khu dân cư số 1", "10507",
                LocalDate.of(2024, 1, 1));
        Subject household = services.enrolFamilies("10507-KDC1", 1).get(0);
        services.recognise(2024, "40/QĐ-UBND",
                List.of(services.verified(household, 2024, CriteriaFixture.earning()).id()));

        services.clock().setDate(LocalDate.of(2025, 8, 1));
        services.unitDirectory().moveUnder(village.id(), "10507", LocalDate.of(2025, 7, 1));
        services.recognise(2025, "41/QĐ-UBND",
                List.of(services.verified(household, 2025, CriteriaFixture.earning()).id()));

        services.clock().setDate(LocalDate.of(2026, 10, 1));
        services.recognise(2026, "42/QĐ-UBND",
                List.of(services.verified(household, 2026, CriteriaFixture.earning()).id()));

        ProposingCommendations campaign = new ProposingCommendations(new CampaignBatches(services.unitDirectory(),
                services.registrations(), services.clock()), services.registrations(), services.commendationService());
        List<Integer> yearsRunning = new ArrayList<>();
        campaign.proposeCommendations(2026, LearningModel.FAMILY, "10507", (model, years, total) -> {
            yearsRunning.add(years);
            return Optional.empty();
        }, "hoikhuyenhoc10507");

        assertThat(yearsRunning).containsExactly(3);
    }
}
