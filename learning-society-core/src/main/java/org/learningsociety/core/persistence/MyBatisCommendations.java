package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationFilter;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.persistence.Rows.CommendationRow;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.UnitId;

/**
 * Commendations in {@code ls_commendation}. Proposals are inserted in multi-row statements; a
 * decision changes a few dozen at a time, so those are plain updates.
 */
final class MyBatisCommendations implements Commendations {

    private final CommendationMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisCommendations(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.mapper = session.getMapper(CommendationMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public CommendationId nextIds(int count) {
        return new CommendationId(ids.reserve(IdBlocks.COMMENDATION, count));
    }

    @Override
    public void addAll(Collection<Commendation> commendations) {
        if (commendations.isEmpty()) {
            return;
        }
        List<CommendationRow> rows = commendations.stream().map(MyBatisCommendations::toRow).toList();
        transactions.run(() -> Chunks.of(rows).forEach(mapper::insertAll));
    }

    @Override
    public Optional<Commendation> findById(CommendationId id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Commendation> findByIds(Collection<CommendationId> commendationIds) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(
                commendationIds.stream().map(CommendationId::value).toList()));
        List<Commendation> found = new ArrayList<>(distinct.size());
        for (List<Long> chunk : Chunks.of(distinct)) {
            mapper.findByIds(chunk).forEach(row -> found.add(toCommendation(row)));
        }
        return found;
    }

    @Override
    public List<Commendation> findByRegistration(RegistrationId registration) {
        return mapper.findByRegistration(registration.value()).stream()
                .map(MyBatisCommendations::toCommendation).toList();
    }

    @Override
    public Page<Commendation> find(CommendationFilter filter, PageRequest page) {
        if (filter.units().isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        IdArray units = IdArray.of(filter.units().stream().map(UnitId::value).toList());
        String status = filter.status() == null ? null : filter.status().name();
        List<Commendation> found = mapper.find(units, filter.year(), status, page.size(), page.offset()).stream()
                .map(MyBatisCommendations::toCommendation).toList();
        return Page.counted(found, page, () -> mapper.count(units, filter.year(), status));
    }

    @Override
    public List<Commendation> findByDecision(DecisionId decision) {
        return mapper.findByDecision(decision.value()).stream().map(MyBatisCommendations::toCommendation).toList();
    }

    @Override
    public void updateAll(Collection<Commendation> commendations) {
        if (commendations.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            for (Commendation commendation : commendations) {
                if (mapper.update(toRow(commendation)) == 0) {
                    throw new NotFoundException("commendationId", commendation.id(),
                            "Không có đề nghị khen thưởng này");
                }
            }
        });
    }

    private static Commendation toCommendation(CommendationRow row) {
        return new Commendation(new CommendationId(row.id), new RegistrationId(row.registrationId),
                row.form, row.proposedBy, MyBatisRegistrations.instant(row.proposedAt),
                CommendationStatus.valueOf(row.status), row.decisionId == null ? null : new DecisionId(row.decisionId),
                row.refusalReason);
    }

    private static CommendationRow toRow(Commendation commendation) {
        CommendationRow row = new CommendationRow();
        row.id = commendation.id().value();
        row.registrationId = commendation.registration().value();
        row.form = commendation.form();
        row.proposedBy = commendation.proposedBy();
        row.proposedAt = MyBatisRegistrations.offset(commendation.proposedAt());
        row.status = commendation.status().name();
        row.decisionId = commendation.decision() == null ? null : commendation.decision().value();
        row.refusalReason = commendation.refusalReason();
        return row;
    }
}
