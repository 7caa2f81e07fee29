package org.learningsociety.core.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A version of the criteria set (Bộ tiêu chí) for one model. An assessment keeps the version it
 * was scored against, so a province may publish a new version without touching old ones.
 *
 * @param key the file's id, e.g. {@code family-448-2015}
 * @param version the version's name, e.g. {@code 448-2015}
 * @param validFromYear the first year a registration may use it
 * @param official whether every number comes from an issued decision; {@code false} when some are
 *     samples a province must confirm
 * @param subjectLevels the levels of the subjects scored on it (a subject's level is its unit's): a
 *     village community's set is not a commune's
 * @param authorities who evaluates and who recognises, per subject level and period; empty when the
 *     set's file names none
 */
public record CriteriaSet(CriteriaSetId id, String key, LearningModel model, String version, String name,
        String basis, int validFromYear, boolean official, List<Criterion> criteria, ClassificationRule rule,
        Integer validToYear, String scopeUnitCode, Set<UnitLevel> subjectLevels, List<Authorities> authorities) {

    public CriteriaSet {
        Objects.requireNonNull(model, "model");
        criteria = List.copyOf(criteria);
        subjectLevels = subjectLevels == null || subjectLevels.isEmpty() ? defaultSubjectLevels(model)
                : Set.copyOf(EnumSet.copyOf(subjectLevels));
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
    }

    /** A set of the model's usual subject levels ({@link #defaultSubjectLevels}) naming no authorities. */
    public CriteriaSet(CriteriaSetId id, String key, LearningModel model, String version, String name, String basis,
            int validFromYear, boolean official, List<Criterion> criteria, ClassificationRule rule,
            Integer validToYear, String scopeUnitCode) {
        this(id, key, model, version, name, basis, validFromYear, official, criteria, rule, validToYear,
                scopeUnitCode, null, null);
    }

    /** A national set with no last year. */
    public CriteriaSet(CriteriaSetId id, String key, LearningModel model, String version, String name, String basis,
            int validFromYear, boolean official, List<Criterion> criteria, ClassificationRule rule) {
        this(id, key, model, version, name, basis, validFromYear, official, criteria, rule, null, null);
    }

    /**
     * The subject levels of a set whose file names none: those where the model's village-level kind of
     * subject may be attached (a household or a person: village or commune; a village community: the
     * village only; a unit: any level), so that a commune is never scored on a village community's set.
     */
    public static Set<UnitLevel> defaultSubjectLevels(LearningModel model) {
        return SubjectKind.of(model, UnitLevel.VILLAGE).attachableLevels();
    }

    public CriteriaSet withId(CriteriaSetId newId) {
        return new CriteriaSet(newId, key, model, version, name, basis, validFromYear, official, criteria, rule,
                validToYear, scopeUnitCode, subjectLevels, authorities);
    }

    /** Whether registrations of {@code year} may use this set. */
    public boolean appliesIn(int year) {
        return validFromYear <= year && (validToYear == null || year <= validToYear);
    }

    /** Whether subjects of {@code level} (their unit's) are scored on this set. */
    public boolean appliesTo(UnitLevel level) {
        return subjectLevels.contains(level);
    }

    /**
     * Who evaluates a subject of {@code subjectLevel} on {@code day}, as the set's file says; empty when it
     * names no one for that level and day. One method, so that a later layer (a plan saying otherwise) can
     * wrap it.
     */
    public Optional<Authority> evaluatingAuthority(UnitLevel subjectLevel, LocalDate day) {
        return authoritiesFor(subjectLevel, day).map(Authorities::evaluates);
    }

    /**
     * Who recognises the title of a subject of {@code subjectLevel} on {@code day} (the decision's day), as
     * the set's file says; empty when it names no one for that level and day.
     */
    public Optional<Authority> recognisingAuthority(UnitLevel subjectLevel, LocalDate day) {
        return authoritiesFor(subjectLevel, day).map(Authorities::recognises);
    }

    /** The file's entry for {@code subjectLevel} holding on {@code day}. */
    public Optional<Authorities> authoritiesFor(UnitLevel subjectLevel, LocalDate day) {
        return authorities.stream().filter(a -> a.subjectLevel() == subjectLevel && a.holdsOn(day)).findFirst();
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
