package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HCMC's awards as its plan 734/KH-UBND says them: the three forms, who gives each and when, read from
 * the plan file and answered by {@code GET /plans/{id}}; and its yearly awards at the Lifelong Learning
 * Week in October, a dated milestone of the plan, starting the award round of a ward's cycle on 1 October
 * rather than when the recognition ends, as a Hải Phòng ward's round does.
 */
class HcmcAwardsTest extends ApiContextTest {

    private static final String HCMC = "79";
    /** A ward of Hồ Chí Minh City (its code is the test's own). */
    private static final String HCMC_WARD = "79903";

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    /** The city and a ward of it, valid from 2021, added once: the national list loaded here holds Hải Phòng only. */
    private synchronized void hcmcWard() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        if (unitRepository.findLatestByCode(HCMC_WARD).isPresent()) {
            return;
        }
        AdministrativeUnit city = province(HCMC, "Thành phố Hồ Chí Minh");
        UnitId ward = unitRepository.nextIds(1);
        unitRepository.add(new AdministrativeUnit(ward, HCMC_WARD, "Phường Bến Nghé (thử)", UnitLevel.COMMUNE,
                city.id(), Period.from(from), null));
    }

    /** The annual cycle of {@code unitCode}'s {@code year}, started where the recognition has just ended. */
    private String cycleAfterTheRecognition(String unitCode, int year) {
        return runtime.createProcessInstanceByKey(LibraryKeys.ANNUAL_CYCLE)
                .businessKey("award-round-" + unitCode + "-" + year + "-" + System.nanoTime())
                .setVariables(Map.of("unitCode", unitCode, "year", year, "model", "FAMILY"))
                .startBeforeActivity("awardRoundDated").execute().getId();
    }

    @Test
    void hcmcsAwardsAreReadFromItsPlanWithWhoGivesEachAndWhen() throws Exception {
        JsonNode plan = json.readTree(mvc.perform(get(API + "/plans/hcmc-734-kh-ubnd-2024").with(thanhDong()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        JsonNode forms = plan.at("/awards/forms");
        assertThat(plan.at("/awards/fromPlan").asText()).isEqualTo("hcmc-734-kh-ubnd-2024");
        assertThat(forms).extracting(f -> f.get("name").asText()).containsExactly(
                "Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Ủy ban nhân dân Thành phố",
                "Giấy khen của các cơ quan, đơn vị, địa phương");
        assertThat(forms.get(0).get("givenBy").asText()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(forms.get(0).get("issuance").asText()).isEqualTo("PROPOSED_UPWARD");
        assertThat(forms.get(0).get("occasions")).extracting(JsonNode::asText).containsExactly("REVIEW");
        assertThat(forms.get(1).get("givenBy").asText()).isEqualTo("Ủy ban nhân dân Thành phố");
        assertThat(forms.get(1).get("occasions")).extracting(JsonNode::asText)
                .containsExactly("LIFELONG_LEARNING_WEEK", "REVIEW");
        assertThat(forms.get(2).get("givenByLevel").asText()).isEqualTo("LOCAL");
        assertThat(plan.at("/awards/eligibility/placeholder").asBoolean()).isTrue();
        assertThat(plan.at("/awards/eligibility/rows")).extracting(r -> r.get("form").asText())
                .doesNotContain("BANG_KHEN_PRIME_MINISTER");
    }

    @Test
    void aPlanNamingNoFormsAnswersTheProgrammesFormsItTakes() throws Exception {
        JsonNode plan = json.readTree(mvc.perform(get(API + "/plans/hai-phong-46-kh-ubnd-2022").with(thanhDong()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(plan.at("/awards/fromPlan").asText()).isEqualTo("programme-387");
        assertThat(plan.at("/awards/forms")).extracting(f -> f.get("code").asText())
                .containsExactly("BANG_KHEN_PRIME_MINISTER", "BANG_KHEN_PROVINCE", "GIAY_KHEN");
    }

    @Test
    void hcmcsOctoberMilestoneStartsItsWardsAwardRoundOnTheFirstOfOctober() {
        hcmcWard();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2025-06-02T09:00:00+07:00").toInstant()));

        String cycle = cycleAfterTheRecognition(HCMC_WARD, 2025);

        assertThat(runtime.getActiveActivityIds(cycle)).containsExactly("awardRoundOpens");
        var timer = management.createJobQuery().processInstanceId(cycle).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2025-10-01T00:00:00+07:00")
                .toInstant()));

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2025-10-01T00:00:01+07:00").toInstant()));
        management.executeJob(timer.getId());

        assertThat(runtime.getActiveActivityIds(cycle)).containsExactly("commendation");
        runtime.deleteProcessInstance(cycle, "test", true);
    }

    @Test
    void aRoundReachedAfterOctoberWaitsForNextYearsWeek() {
        hcmcWard();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2025-12-15T09:00:00+07:00").toInstant()));

        String cycle = cycleAfterTheRecognition(HCMC_WARD, 2025);

        assertThat(management.createJobQuery().processInstanceId(cycle).timers().singleResult().getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-10-01T00:00:00+07:00").toInstant()));
        runtime.deleteProcessInstance(cycle, "test", true);
    }

    @Test
    void aHaiPhongWardsRoundStartsWhenItsRecognitionEndsForNoPlanOfItsDatesIt() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2025-06-02T09:00:00+07:00").toInstant()));

        String cycle = cycleAfterTheRecognition(THANH_DONG, 2025);

        assertThat(runtime.getActiveActivityIds(cycle)).containsExactly("commendation");
        assertThat(management.createJobQuery().processInstanceId(cycle).timers().list()).isEmpty();
        runtime.deleteProcessInstance(cycle, "test", true);
    }

    @Test
    void aProvincesOwnCommendationRuleWithoutTheMarkerIsNoLongerShownAsAPlaceholder() throws Exception {
        String shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("dmn/commendation-eligibility.dmn")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // the province's own table: the same thresholds, now its own, the marker taken out
        String own = shipped.replace("PLACEHOLDER — not in the seeds; a province replaces it.",
                "Ngưỡng do Ủy ban nhân dân Thành phố quyết định.").replace("PLACEHOLDER — not in the seeds: ", "");
        var deployment = repository.createDeployment().name("bang-quy-tac-cua-tinh")
                .addString("commendation-eligibility.dmn", own).deploy();
        try {
            JsonNode plan = json.readTree(mvc.perform(get(API + "/plans/hcmc-734-kh-ubnd-2024").with(thanhDong()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

            assertThat(plan.at("/awards/eligibility/placeholder").asBoolean()).isFalse();
            assertThat(plan.at("/awards/eligibility/description").asText())
                    .startsWith("Ngưỡng do Ủy ban nhân dân Thành phố quyết định.");
            assertThat(plan.at("/awards/eligibility/rows")).allSatisfy(row ->
                    assertThat(row.get("placeholder").asBoolean()).isFalse());
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
