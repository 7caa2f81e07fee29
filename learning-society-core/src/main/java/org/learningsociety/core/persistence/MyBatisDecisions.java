package org.learningsociety.core.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.persistence.Rows.DecisionRow;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitId;

/** Issued decisions in {@code ls_decision}: a number is used once per issuing unit. */
final class MyBatisDecisions implements Decisions {

    private final DecisionMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisDecisions(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.mapper = session.getMapper(DecisionMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public DecisionId nextId() {
        return new DecisionId(ids.reserve(IdBlocks.DECISION, 1));
    }

    @Override
    public void add(Decision decision) {
        DecisionRow row = new DecisionRow();
        row.id = decision.id().value();
        row.kind = decision.kind().name();
        row.number = decision.number();
        row.decisionDate = decision.date();
        row.signer = decision.signer();
        row.issuingUnitId = decision.issuingUnit().value();
        row.decisionYear = decision.year();
        row.model = decision.model() == null ? null : decision.model().name();
        row.form = decision.form() == null ? null : decision.form();
        row.issuingBody = decision.issuingBody().name();
        transactions.run(() -> SqlErrors.uniqueAsConflict(() -> mapper.insert(row),
                () -> new ConflictException(Kind.ALREADY_EXISTS, "decisionNumber", decision.number(),
                        "Số quyết định đã được dùng")));
    }

    @Override
    public Optional<Decision> findById(DecisionId id) {
        return mapper.findById(id.value()).stream().findFirst().map(MyBatisDecisions::toDecision);
    }

    @Override
    public Optional<Decision> findByNumber(UnitId issuingUnit, int year, String number) {
        return mapper.findByNumber(issuingUnit.value(), year, number).stream().findFirst().map(MyBatisDecisions::toDecision);
    }

    @Override
    public Page<Decision> find(Set<UnitId> issuingUnits, Integer year, PageRequest page) {
        if (issuingUnits.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        IdArray units = IdArray.of(issuingUnits.stream().map(UnitId::value).toList());
        List<Decision> found = mapper.find(units, year, page.size(), page.offset()).stream()
                .map(MyBatisDecisions::toDecision).toList();
        return Page.counted(found, page, () -> mapper.count(units, year));
    }

    private static Decision toDecision(DecisionRow row) {
        return new Decision(new DecisionId(row.id), Decision.Kind.valueOf(row.kind), row.number, row.decisionDate,
                row.signer, new UnitId(row.issuingUnitId), row.decisionYear,
                row.model == null ? null : LearningModel.valueOf(row.model),
                row.form == null ? null : row.form,
                row.issuingBody == null ? null : BodyKind.valueOf(row.issuingBody));
    }
}
