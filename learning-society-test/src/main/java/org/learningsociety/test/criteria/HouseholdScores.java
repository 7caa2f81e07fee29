package org.learningsociety.test.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.referencedata.CriteriaFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;

/**
 * What household {@code n} of a test or benchmark scores, against the family criteria set the core
 * ships ({@value #FAMILY_CRITERIA}, read from its file): every indicator the same points, evidence
 * for each indicator that requires it. With 10 points an indicator at most and 80 for the title,
 * three households in four score enough themselves, and the verifier lowers every tenth.
 */
public final class HouseholdScores {

    /**
     * The shipped criteria set the scores are given against: the families' set in force from 2021, the
     * sample successor of Decision 448/QĐ-KHVN (whose 2015 set ends in 2020); the same indicators.
     */
    public static final String FAMILY_CRITERIA = "family-successor-2021";

    private static final CriteriaSet FAMILY = shipped(FAMILY_CRITERIA);
    private static final List<String> INDICATORS = FAMILY.indicators().stream().map(Indicator::code).toList();
    private static final List<String> EVIDENCED = FAMILY.indicators().stream().filter(Indicator::evidenceRequired)
            .map(Indicator::code).toList();

    private HouseholdScores() {
    }

    /** The shipped family criteria set, as the core's {@link CriteriaFile} reads it (without an id). */
    public static CriteriaSet familyCriteria() {
        return FAMILY;
    }

    /** The family set's indicator codes, in the file's order. */
    public static List<String> indicators() {
        return INDICATORS;
    }

    /** The codes of the family set's indicators whose points need evidence. */
    public static List<String> evidenced() {
        return EVIDENCED;
    }

    /** 7 points an indicator (70, short of 80) for every fourth household, 8 (80) or 9 (90) for the others. */
    public static int selfPoints(int household) {
        return switch (household % 4) {
            case 0 -> 7;
            case 2 -> 8;
            default -> 9;
        };
    }

    /** The verifier lowers every tenth household ({@code household % 10 == 1}) to 7 points an indicator. */
    public static int verifiedPoints(int household) {
        return household % 10 == 1 ? 7 : selfPoints(household);
    }

    /** {@code points} for every indicator of the family set. */
    public static Scores uniform(int points) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        INDICATORS.forEach(i -> scores.put(i, points));
        return Scores.of(scores);
    }

    /** One piece of evidence for each indicator that requires it. */
    public static List<Evidence> evidence() {
        return EVIDENCED.stream().map(i -> new Evidence(i, "minh-chung/" + i + ".pdf", "Minh chứng " + i)).toList();
    }

    private static CriteriaSet shipped(String key) {
        String resource = ReferenceDataLoader.CRITERIA_FOLDER + "/" + key + ".yaml";
        try (InputStream in = HouseholdScores.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The core ships no criteria file " + resource);
            }
            return CriteriaFile.read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
