package org.learningsociety.core.criteria;

import java.util.Set;
import org.learningsociety.core.shared.Outcome;

/**
 * Which criteria sets may decide a title: those issued as official ({@link CriteriaSet#official()}),
 * those the province has declared official for itself after checking their numbers against the issued
 * decision, and, only where the portal knowingly allows it (a demo, a test), sample sets.
 *
 * @param declaredOfficial the keys of the sets the province has declared official, e.g.
 *     {@code family-448-2015}
 * @param sampleSetsAllowed whether a set with sample numbers may still decide a title
 */
public record OfficialCriteriaSets(Set<String> declaredOfficial, boolean sampleSetsAllowed) {

    /** Only official sets decide titles; nothing is declared. */
    public static final OfficialCriteriaSets ONLY_OFFICIAL = new OfficialCriteriaSets(Set.of(), false);

    /** Sample sets decide titles too: for demos and tests that run cycles on the shipped sample sets. */
    public static final OfficialCriteriaSets SAMPLES_ALLOWED = new OfficialCriteriaSets(Set.of(), true);

    public OfficialCriteriaSets {
        declaredOfficial = Set.copyOf(declaredOfficial);
    }

    /** Whether {@code set} is official: issued so, or declared so by the province. */
    public boolean isOfficial(CriteriaSet set) {
        return set.official() || declaredOfficial.contains(set.key());
    }

    /**
     * A recognition decision may grant a title on {@code set} only when the set is official, or when
     * sample sets are knowingly allowed.
     */
    public Outcome mayGrantTitlesOn(CriteriaSet set) {
        if (isOfficial(set) || sampleSetsAllowed) {
            return Outcome.allowed();
        }
        return Outcome.rejected("criteriaSet", set.key(), "Bộ tiêu chí “" + set.name() + "” (" + set.key()
                + ") là bộ mẫu, chưa được tỉnh công bố chính thức: không thể ra quyết định công nhận danh hiệu "
                + "theo điểm mẫu. Tỉnh cần đối chiếu bộ tiêu chí với văn bản ban hành và công bố là chính thức "
                + "trước khi công nhận.");
    }
}
