package org.learningsociety.core.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;

/**
 * A version of the criteria set (Bộ tiêu chí) for one model. An assessment keeps the version it
 * was scored against, so a province may publish a new version without touching old ones.
 *
 * @param key the file's id, e.g. {@code family-448-2015}
 * @param version the version's name, e.g. {@code 448-2015}
 * @param validFromYear the first year a registration may use it
 * @param official whether every number comes from an issued decision; {@code false} when some are
 *     samples a province must confirm
 */
public record CriteriaSet(CriteriaSetId id, String key, LearningModel model, String version, String name,
        String basis, int validFromYear, boolean official, List<Criterion> criteria, ClassificationRule rule,
        Integer validToYear, String scopeUnitCode) {

    public CriteriaSet {
        Objects.requireNonNull(model, "model");
        criteria = List.copyOf(criteria);
    }

    /** A national set with no last year. */
    public CriteriaSet(CriteriaSetId id, String key, LearningModel model, String version, String name, String basis,
            int validFromYear, boolean official, List<Criterion> criteria, ClassificationRule rule) {
        this(id, key, model, version, name, basis, validFromYear, official, criteria, rule, null, null);
    }

    public CriteriaSet withId(CriteriaSetId newId) {
        return new CriteriaSet(newId, key, model, version, name, basis, validFromYear, official, criteria, rule,
                validToYear, scopeUnitCode);
    }

    /** Whether registrations of {@code year} may use this set. */
    public boolean appliesIn(int year) {
        return validFromYear <= year && (validToYear == null || year <= validToYear);
    }

    public Optional<Indicator> indicator(String code) {
        return criteria.stream().flatMap(c -> c.indicators().stream()).filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    public int maxPoints() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    /**
     * Whether {@code scores} and {@code evidence} are a valid assessment against this set: every
     * indicator scored once, from 0 to its maximum, and evidence for those that require it.
     *
     * @param field the field name the scores came in, for the error
     */
    public Outcome check(Scores scores, List<Evidence> evidence, String field) {
        // the set's indicators by code, once per check: a province's verification checks a million
        // assessments, and looking each score's indicator up through the criteria showed in its profile
        List<Indicator> indicators = indicators();
        Map<String, Indicator> byCode = new HashMap<>(indicators.size() * 2);
        for (Indicator indicator : indicators) {
            byCode.putIfAbsent(indicator.code(), indicator);
        }
        for (var entry : scores.asMap().entrySet()) {
            Indicator indicator = byCode.get(entry.getKey());
            if (indicator == null) {
                return Outcome.rejected(field + ".indicator", entry.getKey(),
                        "Chỉ số không có trong bộ tiêu chí " + version);
            }
            if (entry.getValue() == null) {
                return Outcome.rejected(field + ".indicator", entry.getKey(),
                        "Thiếu điểm của chỉ số " + entry.getKey() + " (" + indicator.name() + ")");
            }
            int points = entry.getValue();
            if (points < 0) {
                return Outcome.rejected(field + "[" + entry.getKey() + "].points", points,
                        "Điểm của chỉ số " + entry.getKey() + " không được âm");
            }
            if (points > indicator.maxPoints()) {
                return Outcome.rejected(field + "[" + entry.getKey() + "].points", points,
                        "Điểm của chỉ số " + entry.getKey() + " vượt quá điểm tối đa " + indicator.maxPoints());
            }
        }
        for (Indicator indicator : indicators) {
            if (scores.pointsFor(indicator.code()) == null) {
                return Outcome.rejected(field + ".indicator", indicator.code(),
                        "Thiếu điểm của chỉ số " + indicator.code() + " (" + indicator.name() + ")");
            }
        }
        Set<String> evidenced = new HashSet<>();
        for (Evidence item : evidence) {
            if (!byCode.containsKey(item.indicator())) {
                return Outcome.rejected("evidence.indicator", item.indicator(), "Minh chứng cho chỉ số không có trong bộ tiêu chí");
            }
            if (item.reference() != null && !item.reference().isBlank()) {
                evidenced.add(item.indicator());
            }
        }
        for (Indicator indicator : indicators) {
            if (indicator.evidenceRequired() && scores.pointsFor(indicator.code()) > 0
                    && !evidenced.contains(indicator.code())) {
                return Outcome.rejected("evidence", indicator.code(),
                        "Chỉ số " + indicator.code() + " (" + indicator.name() + ") bắt buộc có minh chứng");
            }
        }
        return Outcome.allowed();
    }

    /** Whether {@code scores} earn the title under this set's rule, and every shortfall if not. */
    public Classification classify(Scores scores) {
        List<String> shortfalls = new ArrayList<>();
        for (Criterion criterion : criteria) {
            int points = criterion.indicators().stream()
                    .mapToInt(i -> Objects.requireNonNullElse(scores.pointsFor(i.code()), 0)).sum();
            if (points < criterion.minimumPoints()) {
                shortfalls.add("Tiêu chí " + criterion.code() + " đạt " + points + " điểm, dưới mức tối thiểu "
                        + criterion.minimumPoints());
            }
        }
        int total = scores.total();
        if (total < rule.minimumTotal()) {
            shortfalls.add("Tổng điểm " + total + " dưới mức " + rule.minimumTotal() + " để đạt danh hiệu " + rule.title());
        }
        return new Classification(total, shortfalls.isEmpty(), shortfalls);
    }
}
