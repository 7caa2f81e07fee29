package org.learningsociety.core.referencedata;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A malformed row or file fails the read with the file, the line and the reason. */
class MalformedReferenceDataTest {

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String shipped(String file) {
        try (InputStream in = NationalUnitData.Source.shipped().open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NationalUnitData.Source replacing(String file, String content) {
        return name -> name.equals(file) ? text(content) : NationalUnitData.Source.shipped().open(name);
    }

    @Test
    void aCommuneCodeThatIsNotFiveDigitsFailsWithItsLine() {
        String before = shipped(NationalUnitData.BEFORE_FILE).replaceFirst(",00004,", ",4A,");
        assertThatThrownBy(() -> NationalUnitData.read(replacing(NationalUnitData.BEFORE_FILE, before)))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.file()).isEqualTo(NationalUnitData.BEFORE_FILE);
                    org.assertj.core.api.Assertions.assertThat(e.line()).isEqualTo(3);
                    org.assertj.core.api.Assertions.assertThat(e.reason()).contains("mã xã").contains("4A");
                });
    }

    @Test
    void aConversionRowWithABadProvinceFailsWithItsLine() {
        String conversion = shipped(NationalUnitData.CONVERSION_FILE)
                .replaceFirst("Thành phố Hà Nội \\(01\\),Phường Ba Đình", "Thành phố Hà Nội,Phường Ba Đình");
        assertThatThrownBy(() -> NationalUnitData.read(replacing(NationalUnitData.CONVERSION_FILE, conversion)))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.file()).isEqualTo(NationalUnitData.CONVERSION_FILE);
                    org.assertj.core.api.Assertions.assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void aCommuneAfterTheReformInAnUnknownProvinceFails() {
        String after = shipped(NationalUnitData.AFTER_FILE).replaceFirst("\"Thành phố Hà Nội\"", "\"Tỉnh Không Có\"");
        assertThatThrownBy(() -> NationalUnitData.read(replacing(NationalUnitData.AFTER_FILE, after)))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.file()).isEqualTo(NationalUnitData.AFTER_FILE);
                    org.assertj.core.api.Assertions.assertThat(e.line()).isEqualTo(2);
                    org.assertj.core.api.Assertions.assertThat(e.reason()).contains("Tỉnh Không Có");
                });
    }

    private static final String PLAN = """
            schema: learning-society/plan/v1
            id: test-plan
            version: 1
            status: ISSUED
            programme: PROGRAMME_387
            issuer: Ủy ban nhân dân tỉnh
            number: 1/KH-UBND
            issuedOn: 2022-05-01
            title: Kế hoạch thử
            scope: { unitCode: "31", level: PROVINCE }
            source: test
            legalBasis: []
            phases:
              - { code: "2021-2025", fromYear: 2021, toYear: 2025 }
            indicators:
              - { code: FAMILY_RECOGNISED, name: Gia đình, model: FAMILY, unit: PERCENT }
            targets:
              - { indicator: FAMILY_RECOGNISED, year: 2022, value: 55 }
            milestones: []
            """;

    @Test
    void aWellFormedPlanReads() {
        PlanFile.read("plans/test-plan.yaml", text(PLAN));
    }

    @Test
    void aTargetAbove100PercentFailsWithItsLine() {
        assertPlanFails(PLAN.replace("value: 55", "value: 155"), 18, "155");
    }

    @Test
    void aTargetForAYearOutsideThePlanFails() {
        assertPlanFails(PLAN.replace("year: 2022", "year: 2031"), 18, "2031");
    }

    @Test
    void aTargetForAnUndefinedIndicatorFails() {
        assertPlanFails(PLAN.replace("{ indicator: FAMILY_RECOGNISED", "{ indicator: CLAN_RECOGNISED"), 18, "CLAN_RECOGNISED");
    }

    @Test
    void aMisspeltFieldFails() {
        assertPlanFails(PLAN.replace("issuer:", "isuer:"), 6, "isuer");
    }

    @Test
    void aBadDateFails() {
        assertPlanFails(PLAN.replace("2022-05-01", "2022-13-01"), 8, "2022-13-01");
    }

    @Test
    void brokenYamlFailsWithTheLineOfTheProblem() {
        assertPlanFails(PLAN.replace("phases:\n", "phases: [\n"), 14, "YAML");
    }

    @Test
    void anIdOtherThanTheFileNameFails() {
        assertPlanFails(PLAN.replace("id: test-plan", "id: other"), 2, "other");
    }

    private static final String OTHER_INDICATOR =
            "  - { code: FAMILY_RECOGNISED, name: Gia đình, model: FAMILY, unit: PERCENT }\n"
            + "  - { code: IT_TRAINED, name: Cán bộ được tập huấn, unit: PERCENT%s }\n";

    private static String withIndicator(String fields) {
        return PLAN.replace("  - { code: FAMILY_RECOGNISED, name: Gia đình, model: FAMILY, unit: PERCENT }\n",
                OTHER_INDICATOR.formatted(fields));
    }

    @Test
    void anIndicatorOfNoModelMustSayHowItIsMeasured() {
        assertPlanFails(withIndicator(""), 17, "source");
    }

    @Test
    void anIndicatorOfNoModelCannotBeComputedFromTheRecords() {
        assertPlanFails(withIndicator(", source: COMPUTED"), 17, "ENTERED");
    }

    @Test
    void anEnteredIndicatorMustNameTheLevelThatEntersIt() {
        assertPlanFails(withIndicator(", source: ENTERED"), 17, "enteredBy");
    }

    @Test
    void anEnteredOrUnmeasurableIndicatorReads() {
        var entered = PlanFile.read("plans/test-plan.yaml",
                text(withIndicator(", source: ENTERED, enteredBy: COMMUNE, answer: YES_NO, denominator: Số xã")));
        org.assertj.core.api.Assertions.assertThat(entered.indicator("IT_TRAINED").orElseThrow())
                .satisfies(i -> {
                    org.assertj.core.api.Assertions.assertThat(i.source())
                            .isEqualTo(org.learningsociety.core.plan.IndicatorSource.ENTERED);
                    org.assertj.core.api.Assertions.assertThat(i.enteredBy())
                            .isEqualTo(org.learningsociety.core.unit.UnitLevel.COMMUNE);
                    org.assertj.core.api.Assertions.assertThat(i.answer())
                            .isEqualTo(org.learningsociety.core.plan.IndicatorAnswer.YES_NO);
                    org.assertj.core.api.Assertions.assertThat(i.denominator()).isEqualTo("Số xã");
                });
        var unmeasurable = PlanFile.read("plans/test-plan.yaml", text(withIndicator(", source: NOT_MEASURABLE")));
        org.assertj.core.api.Assertions.assertThat(unmeasurable.indicator("IT_TRAINED").orElseThrow().source())
                .isEqualTo(org.learningsociety.core.plan.IndicatorSource.NOT_MEASURABLE);
    }

    @Test
    void membersAreCountedOnlyForACitizenIndicatorWithinAModel() {
        assertPlanFails(PLAN.replace("model: FAMILY, unit: PERCENT }", "model: FAMILY, unit: PERCENT, members: WORKER }"),
                16, "within");
    }

    private static String withReport(String period, String extra) {
        return PLAN.replace("milestones: []\n", """
                milestones:
                  - kind: REPORT
                    level: DISTRICT
                    period: "%s"
                    to: 2026-06-30
                    recurring: false%s
                """.formatted(period, extra));
    }

    @Test
    void aOneOffReportNamesThePeriodItDates() {
        org.assertj.core.api.Assertions.assertThat(PlanFile.read("plans/test-plan.yaml", text(withReport("2021-2025", "")))
                .milestones()).singleElement().satisfies(m -> {
                    org.assertj.core.api.Assertions.assertThat(m.period()).isEqualTo("2021-2025");
                    org.assertj.core.api.Assertions.assertThat(m.datesReportOf("2021-2025")).isTrue();
                    org.assertj.core.api.Assertions.assertThat(m.datesReportOf("2021-2030")).isFalse();
                });
    }

    @Test
    void aReportPeriodThatIsNotAYearOrASpanOfYearsFails() {
        assertPlanFails(withReport("giai đoạn 1", ""), 22, "giai đoạn 1");
        assertPlanFails(withReport("2025-2021", ""), 22, "trước năm bắt đầu");
    }

    @Test
    void aReportPeriodOutsideThePlansYearsFails() {
        assertPlanFails(withReport("2021-2030", ""), 22, "2021–2025");
    }

    @Test
    void aPeriodOnAYearlyOrANonReportMilestoneFails() {
        assertPlanFails(withReport("2021-2025", "\n    monthDay: \"12-01\"").replace("recurring: false", "recurring: true"),
                22, "kind: REPORT, recurring: false");
        assertPlanFails(withReport("2021-2025", "").replace("kind: REPORT", "kind: REVIEW_2025"), 22, "kind: REPORT");
    }

    private static String withTask(String leads) {
        return PLAN.replace("milestones: []\n", """
                milestones: []
                tasks:
                  - "no": 1
                    name: Kiểm tra, đôn đốc
                    timing: Định kỳ
                    recurring: true
                    leads:
                %s
                """.formatted(leads));
    }

    @Test
    void aTaskNamesItsLeadAndJoiningBodiesByKindAndLevel() {
        var task = PlanFile.read("plans/test-plan.yaml", text(withTask(
                "      - { body: ASSOCIATION, levels: [PROVINCE, COMMUNE], name: Các cấp Hội Khuyến học }\n"
                + "      - { body: STEERING_COMMITTEE, levels: [PROVINCE], setBy: ASSOCIATION }\n"
                + "    joins:\n"
                + "      - { body: EDUCATION_DEPARTMENT, levels: [PROVINCE] }")))
                .tasks().get(0);
        org.assertj.core.api.Assertions.assertThat(task.leads()).extracting(b -> b.kind().name(), b -> b.levels(),
                b -> b.displayName(), b -> b.answeredBy().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ASSOCIATION", java.util.List.of(
                        org.learningsociety.core.unit.UnitLevel.PROVINCE, org.learningsociety.core.unit.UnitLevel.COMMUNE),
                        "Các cấp Hội Khuyến học", "ASSOCIATION"),
                org.assertj.core.groups.Tuple.tuple("STEERING_COMMITTEE", java.util.List.of(
                        org.learningsociety.core.unit.UnitLevel.PROVINCE),
                        "Ban Chỉ đạo xây dựng xã hội học tập", "ASSOCIATION"));
        org.assertj.core.api.Assertions.assertThat(task.joins()).singleElement()
                .satisfies(b -> org.assertj.core.api.Assertions.assertThat(b.displayName())
                        .isEqualTo("Cơ quan quản lý giáo dục"));
    }

    @Test
    void aTaskBodyOfAnUnknownKindOrLevelFails() {
        assertPlanFails(withTask("      - { body: HOI, levels: [COMMUNE] }"), 26, "HOI");
        assertPlanFails(withTask("      - { body: ASSOCIATION, levels: [VILLAGE] }"), 26, "VILLAGE");
        assertPlanFails(withTask("      - { body: ASSOCIATION }"), 26, "levels");
    }

    @Test
    void aLeadBodyWithoutOfficersMustNameWhoSetsItsStatus() {
        assertPlanFails(withTask("      - { body: STEERING_COMMITTEE, levels: [PROVINCE] }"), 26, "setBy");
        assertPlanFails(withTask("      - { body: STEERING_COMMITTEE, levels: [PROVINCE], setBy: DEPARTMENTS }"), 26,
                "DEPARTMENTS");
        assertPlanFails(withTask("      - { body: ASSOCIATION, levels: [PROVINCE], setBy: PEOPLES_COMMITTEE }"), 26,
                "setBy");
    }

    @Test
    void aReportMilestoneNamesItsChainAndRecipient() {
        org.assertj.core.api.Assertions.assertThat(PlanFile.read("plans/test-plan.yaml", text(withReport("2021-2025",
                "\n    chain: ASSOCIATION\n    recipient: \"Văn phòng Hội Khuyến học tỉnh\""))).milestones())
                .singleElement().satisfies(m -> {
                    org.assertj.core.api.Assertions.assertThat(m.reportChain())
                            .isEqualTo(org.learningsociety.core.plan.ReportChain.ASSOCIATION);
                    org.assertj.core.api.Assertions.assertThat(m.recipient()).isEqualTo("Văn phòng Hội Khuyến học tỉnh");
                });
        org.assertj.core.api.Assertions.assertThat(PlanFile.read("plans/test-plan.yaml", text(withReport("2021-2025", "")))
                .milestones().get(0).reportChain()).as("no chain named: the state's")
                .isEqualTo(org.learningsociety.core.plan.ReportChain.STATE);
    }

    @Test
    void anUnknownChainABlankRecipientOrAChainOnANonReportMilestoneFails() {
        assertPlanFails(withReport("2021-2025", "\n    chain: PARTY"), 25, "PARTY");
        assertPlanFails(withReport("2021-2025", "\n    recipient: \" \""), 25, "recipient");
        assertPlanFails(withReport("2021-2025", "\n    chain: STATE").replace("kind: REPORT", "kind: HONOURING_CONGRESS")
                .replace("    period: \"2021-2025\"\n", ""), 24, "không phải mốc báo cáo");
    }

    private static void assertPlanFails(String content, int line, String reasonContains) {
        assertThatThrownBy(() -> PlanFile.read("plans/test-plan.yaml", text(content)))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.file()).isEqualTo("plans/test-plan.yaml");
                    org.assertj.core.api.Assertions.assertThat(e.line()).isEqualTo(line);
                    org.assertj.core.api.Assertions.assertThat(e.reason()).contains(reasonContains);
                });
    }

    private static final String CRITERIA = """
            schema: learning-society/criteria/v1
            id: family-test
            model: FAMILY
            version: "test"
            name: Bộ tiêu chí thử
            basis: thử
            validFromYear: 2022
            official: false
            criteria:
              - code: "1"
                name: Tiêu chí một
                maxPoints: 20
                indicators:
                  - { code: "1.1", name: Chỉ số một, maxPoints: 10, evidenceRequired: true }
                  - { code: "1.2", name: Chỉ số hai, maxPoints: 10 }
            classification: { title: Gia đình học tập, maxTotal: 20, minimumTotal: 15, sample: true }
            """;

    @Test
    void aWellFormedCriteriaSetReads() {
        CriteriaFile.read("criteria/family-test.yaml", text(CRITERIA));
    }

    @Test
    void criterionPointsThatDoNotAddUpFail() {
        assertCriteriaFails(CRITERIA.replace("maxPoints: 20", "maxPoints: 25"), 12, "25");
    }

    @Test
    void aThresholdAboveTheMaximumFails() {
        assertCriteriaFails(CRITERIA.replace("minimumTotal: 15", "minimumTotal: 21"), 16, "21");
    }

    @Test
    void anOfficialSetWithSampleValuesFails() {
        assertCriteriaFails(CRITERIA.replace("official: false", "official: true")
                .replace("maxPoints: 10 }", "maxPoints: 10, sample: true }"), 15, "official");
    }

    @Test
    void zeroMaximumPointsFail() {
        assertCriteriaFails(CRITERIA.replace("maxPoints: 10 }", "maxPoints: 0 }"), 15, "0");
    }

    private static final String AUTHORITIES = """
            subjectLevels: [VILLAGE]
            authorities:
              - subjectLevel: VILLAGE
                until: 2025-06-30
                evaluates: { body: ASSOCIATION, level: COMMUNE, name: Hội Khuyến học cấp xã }
                recognises: { body: PEOPLES_COMMITTEE, level: COMMUNE, name: Ủy ban nhân dân cấp xã }
              - subjectLevel: VILLAGE
                from: 2025-07-01
                evaluates: { body: ASSOCIATION, level: COMMUNE, name: Hội Khuyến học cấp xã }
                recognises: { body: PEOPLES_COMMITTEE, level: PROVINCE, name: Ủy ban nhân dân cấp tỉnh }
            criteria:
            """;

    private static String withAuthorities(String authorities) {
        return CRITERIA.replace("criteria:\n", authorities);
    }

    @Test
    void levelsAndDatedAuthoritiesRead() {
        var set = CriteriaFile.read("criteria/family-test.yaml", text(withAuthorities(AUTHORITIES)));
        org.assertj.core.api.Assertions.assertThat(set.subjectLevels())
                .containsExactly(org.learningsociety.core.unit.UnitLevel.VILLAGE);
        org.assertj.core.api.Assertions.assertThat(set.recognisingAuthority(
                org.learningsociety.core.unit.UnitLevel.VILLAGE, java.time.LocalDate.of(2025, 7, 1)).orElseThrow().name())
                .isEqualTo("Ủy ban nhân dân cấp tỉnh");
    }

    @Test
    void aSubjectLevelTheModelHasNoSubjectsAtFails() {
        // a household is a village's or a commune's, never a province's
        assertCriteriaFails(withAuthorities(AUTHORITIES.replace("subjectLevels: [VILLAGE]",
                "subjectLevels: [VILLAGE, PROVINCE]")), 9, "PROVINCE");
    }

    @Test
    void anAuthorityBelowTheSubjectsLevelFails() {
        // a household of a commune recognised by a village, which has no bodies
        assertCriteriaFails(withAuthorities(AUTHORITIES.replace("subjectLevels: [VILLAGE]", "subjectLevels: [VILLAGE, COMMUNE]")
                .replace("  - subjectLevel: VILLAGE\n    from", "  - subjectLevel: COMMUNE\n    from")
                .replace("level: PROVINCE", "level: VILLAGE")), 18, "thấp hơn");
    }

    @Test
    void overlappingPeriodsOfOneLevelFail() {
        assertCriteriaFails(withAuthorities(AUTHORITIES.replace("from: 2025-07-01", "from: 2025-06-30")), 15, "trùng");
    }

    @Test
    void anAuthorityForALevelOutsideTheSetsFails() {
        assertCriteriaFails(withAuthorities(AUTHORITIES.replace("  - subjectLevel: VILLAGE\n    from",
                "  - subjectLevel: COMMUNE\n    from")), 15, "subjectLevels");
    }

    private static void assertCriteriaFails(String content, int line, String reasonContains) {
        assertThatThrownBy(() -> CriteriaFile.read("criteria/family-test.yaml", text(content)))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.line()).isEqualTo(line);
                    org.assertj.core.api.Assertions.assertThat(e.reason()).contains(reasonContains);
                });
    }
}
