package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.criteria.Authorities;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.criteria.ClassificationRule;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.criteria.Criterion;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.persistence.Rows.CriteriaAuthorityRow;
import org.learningsociety.core.persistence.Rows.CriteriaSetRow;
import org.learningsociety.core.persistence.Rows.CriterionIndicatorRow;
import org.learningsociety.core.persistence.Rows.CriterionRow;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Criteria set versions in {@code ls_criteria_set}, {@code ls_criterion},
 * {@code ls_criterion_indicator} and {@code ls_criteria_authority}. There is no update: a stored version never changes, and a key is
 * stored once.
 */
final class MyBatisCriteriaSets implements CriteriaSets {

    private final CriteriaSetMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisCriteriaSets(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.mapper = session.getMapper(CriteriaSetMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public Optional<CriteriaSet> findById(CriteriaSetId id) {
        return assemble(mapper.findById(id.value())).stream().findFirst();
    }

    @Override
    public Optional<CriteriaSet> findByKey(String key) {
        return assemble(mapper.findByKey(key)).stream().findFirst();
    }

    @Override
    public List<CriteriaSet> findByModel(LearningModel model) {
        return assemble(mapper.findByModel(model.name()));
    }

    @Override
    public CriteriaSet add(CriteriaSet set) {
        return transactions.inTransaction(() -> {
            if (!mapper.findByKey(set.key()).isEmpty()) {
                throw duplicate(set);
            }
            CriteriaSet stored = set.withId(new CriteriaSetId(ids.reserve(IdBlocks.CRITERIA_SET, 1)));
            SqlErrors.uniqueAsConflict(() -> insert(stored), () -> duplicate(set));
            return stored;
        });
    }

    private static ConflictException duplicate(CriteriaSet set) {
        return new ConflictException(Kind.ALREADY_EXISTS, "key", set.key(),
                "Bộ tiêu chí với mã này đã được lưu; phiên bản đã lưu không được sửa");
    }

    private void insert(CriteriaSet set) {
        long id = set.id().value();
        CriteriaSetRow row = new CriteriaSetRow();
        row.id = id;
        row.setKey = set.key();
        row.model = set.model().name();
        row.versionName = set.version();
        row.name = set.name();
        row.basis = set.basis();
        row.validFromYear = set.validFromYear();
        row.official = set.official();
        row.ruleMinimumTotal = set.rule() == null ? null : set.rule().minimumTotal();
        row.ruleTitle = set.rule() == null ? null : set.rule().title();
        row.ruleSample = set.rule() != null && set.rule().sample();
        row.validToYear = set.validToYear();
        row.scopeUnitCode = set.scopeUnitCode();
        row.subjectLevels = set.subjectLevels().stream().sorted().map(UnitLevel::name)
                .collect(Collectors.joining(","));
        mapper.insertSet(row);
        List<CriteriaAuthorityRow> authorities = new ArrayList<>();
        for (int a = 0; a < set.authorities().size(); a++) {
            Authorities entry = set.authorities().get(a);
            CriteriaAuthorityRow authorityRow = new CriteriaAuthorityRow();
            authorityRow.setId = id;
            authorityRow.seq = a;
            authorityRow.subjectLevel = entry.subjectLevel().name();
            authorityRow.validFrom = entry.from();
            authorityRow.validUntil = entry.until();
            authorityRow.evaluatingBody = entry.evaluates().body().name();
            authorityRow.evaluatingLevel = entry.evaluates().level().name();
            authorityRow.evaluatingName = entry.evaluates().name();
            authorityRow.recognisingBody = entry.recognises().body().name();
            authorityRow.recognisingLevel = entry.recognises().level().name();
            authorityRow.recognisingName = entry.recognises().name();
            authorityRow.sample = entry.sample();
            authorityRow.basis = entry.basis();
            authorities.add(authorityRow);
        }
        Chunks.of(authorities).forEach(mapper::insertAuthorities);
        List<CriterionRow> criteria = new ArrayList<>();
        List<CriterionIndicatorRow> indicators = new ArrayList<>();
        for (int c = 0; c < set.criteria().size(); c++) {
            Criterion criterion = set.criteria().get(c);
            CriterionRow criterionRow = new CriterionRow();
            criterionRow.setId = id;
            criterionRow.seq = c;
            criterionRow.code = criterion.code();
            criterionRow.name = criterion.name();
            criterionRow.minimumPoints = criterion.minimumPoints();
            criterionRow.sample = criterion.sample();
            criterionRow.nameSample = criterion.nameSample();
            criteria.add(criterionRow);
            for (int i = 0; i < criterion.indicators().size(); i++) {
                Indicator indicator = criterion.indicators().get(i);
                CriterionIndicatorRow indicatorRow = new CriterionIndicatorRow();
                indicatorRow.setId = id;
                indicatorRow.criterionSeq = c;
                indicatorRow.seq = i;
                indicatorRow.code = indicator.code();
                indicatorRow.name = indicator.name();
                indicatorRow.maxPoints = indicator.maxPoints();
                indicatorRow.evidenceRequired = indicator.evidenceRequired();
                indicatorRow.sample = indicator.sample();
                indicatorRow.nameSample = indicator.nameSample();
                indicators.add(indicatorRow);
            }
        }
        Chunks.of(criteria).forEach(mapper::insertCriteria);
        Chunks.of(indicators).forEach(mapper::insertIndicators);
    }

    private static Set<UnitLevel> levels(String stored) {
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        for (String level : stored.split(",")) {
            levels.add(UnitLevel.valueOf(level.strip()));
        }
        return levels;
    }

    /** Builds the sets of {@code rows} with two more queries in all, not two per set. */
    private List<CriteriaSet> assemble(List<CriteriaSetRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> setIds = rows.stream().map(r -> r.id).toList();
        Map<Long, List<CriterionRow>> criteria = new HashMap<>();
        Map<String, List<Indicator>> indicators = new HashMap<>();
        Map<Long, List<Authorities>> authorities = new HashMap<>();
        for (List<Long> chunk : Chunks.of(setIds)) {
            mapper.authoritiesOf(chunk).forEach(a -> authorities.computeIfAbsent(a.setId, k -> new ArrayList<>())
                    .add(new Authorities(UnitLevel.valueOf(a.subjectLevel), a.validFrom, a.validUntil,
                            new Authority(BodyKind.valueOf(a.evaluatingBody), UnitLevel.valueOf(a.evaluatingLevel),
                                    a.evaluatingName),
                            new Authority(BodyKind.valueOf(a.recognisingBody), UnitLevel.valueOf(a.recognisingLevel),
                                    a.recognisingName),
                            a.sample, a.basis)));
            mapper.criteriaOf(chunk).forEach(c -> criteria.computeIfAbsent(c.setId, k -> new ArrayList<>()).add(c));
            mapper.indicatorsOf(chunk).forEach(i -> indicators
                    .computeIfAbsent(i.setId + "/" + i.criterionSeq, k -> new ArrayList<>())
                    .add(new Indicator(i.code, i.name, i.maxPoints, i.evidenceRequired, i.sample, i.nameSample)));
        }
        List<CriteriaSet> sets = new ArrayList<>(rows.size());
        for (CriteriaSetRow row : rows) {
            List<Criterion> setCriteria = criteria.getOrDefault(row.id, List.of()).stream()
                    .map(c -> new Criterion(c.code, c.name,
                            indicators.getOrDefault(c.setId + "/" + c.seq, List.of()), c.minimumPoints, c.sample,
                            c.nameSample))
                    .toList();
            ClassificationRule rule = row.ruleMinimumTotal == null && row.ruleTitle == null ? null
                    : new ClassificationRule(row.ruleMinimumTotal == null ? 0 : row.ruleMinimumTotal, row.ruleTitle,
                            row.ruleSample);
            sets.add(new CriteriaSet(new CriteriaSetId(row.id), row.setKey, LearningModel.valueOf(row.model),
                    row.versionName, row.name, row.basis, row.validFromYear, row.official, setCriteria, rule,
                    row.validToYear, row.scopeUnitCode, levels(row.subjectLevels),
                    authorities.getOrDefault(row.id, List.of())));
        }
        return sets;
    }
}
