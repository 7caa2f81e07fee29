package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.ReportRows.LineRow;
import org.learningsociety.core.persistence.ReportRows.MissingChildRow;
import org.learningsociety.core.persistence.ReportRows.PastUnitRow;
import org.learningsociety.core.persistence.ReportRows.ReportRow;
import org.learningsociety.core.report.Completeness;
import org.learningsociety.core.report.PastUnit;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportId;
import org.learningsociety.core.report.ReportLine;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportStatus;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.report.Timeliness;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Reports in {@code ls_report} with their rows, missing children and past units in child tables.
 * A change replaces the child rows (a report has a few hundred at most) under the report's version.
 */
final class MyBatisReports implements Reports {

    static final String REPORT_IDS = "report";

    private final ReportMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisReports(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.mapper = session.getMapper(ReportMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public ReportId nextId() {
        return new ReportId(ids.reserve(REPORT_IDS, 1));
    }

    @Override
    public void add(Report report) {
        transactions.run(() -> {
            SqlErrors.uniqueAsConflict(() -> mapper.insert(toRow(report)), () -> new ConflictException(
                    Kind.ALREADY_EXISTS, "unitCode", report.unitCode(), "Đơn vị đã có báo cáo "
                            + report.period().vietnameseName() + " của " + Report.programmeName(report.programme())
                            + " theo " + report.chain().vietnameseName()));
            insertChildren(report);
        });
    }

    @Override
    public void update(Report report) {
        transactions.run(() -> {
            if (mapper.update(toRow(report)) == 0) {
                throw new ConflictException(Kind.CONCURRENT_CHANGE, "reportId", report.id(),
                        "Báo cáo đã được người khác thay đổi; hãy tải lại và thực hiện lại");
            }
            long id = report.id().value();
            mapper.deleteLines(id);
            mapper.deleteMissingChildren(id);
            mapper.deletePastUnits(id);
            insertChildren(report);
        });
    }

    private void insertChildren(Report report) {
        long id = report.id().value();
        List<LineRow> lines = new ArrayList<>();
        int seq = 0;
        for (ReportLine l : report.lines()) {
            LineRow row = new LineRow();
            row.reportId = id;
            row.seq = seq++;
            row.unitCode = l.unitCode();
            row.unitName = l.unitName();
            row.model = l.model().name();
            row.subjects = l.subjects();
            row.registered = l.registered();
            row.recognised = l.recognised();
            row.rate = l.rate();
            row.target = l.target();
            row.targetDerived = l.targetDerived();
            row.gap = l.gap();
            row.unassigned = l.unassigned();
            lines.add(row);
        }
        Chunks.of(lines).forEach(mapper::insertLines);
        List<MissingChildRow> missing = new ArrayList<>();
        seq = 0;
        for (Completeness.Child c : report.missingChildren()) {
            MissingChildRow row = new MissingChildRow();
            row.reportId = id;
            row.seq = seq++;
            row.unitCode = c.unitCode();
            row.unitName = c.unitName();
            row.status = c.status() == null ? null : c.status().name();
            row.timeliness = c.timeliness().name();
            missing.add(row);
        }
        Chunks.of(missing).forEach(mapper::insertMissingChildren);
        List<PastUnitRow> past = new ArrayList<>();
        seq = 0;
        for (PastUnit p : report.history()) {
            PastUnitRow row = new PastUnitRow();
            row.reportId = id;
            row.seq = seq++;
            row.code = p.code();
            row.name = p.name();
            row.unitLevel = p.level().name();
            row.lastDay = p.lastDay();
            row.wentInto = p.wentInto();
            past.add(row);
        }
        Chunks.of(past).forEach(mapper::insertPastUnits);
    }

    @Override
    public Optional<Report> findById(ReportId id) {
        return load(mapper.findByIds(List.of(id.value()))).stream().findFirst();
    }

    @Override
    public Optional<Report> find(UnitId unit, String programme, ReportChain chain, ReportPeriod period) {
        return findByUnits(List.of(unit), programme, chain, period).stream().findFirst();
    }

    @Override
    public List<Report> findByUnits(Collection<UnitId> units, String programme, ReportChain chain,
            ReportPeriod period) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(units.stream().map(UnitId::value).toList()));
        List<Report> found = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(distinct)) {
            found.addAll(load(mapper.findByUnits(chunk, programme, chain.name(), period.fromYear(), period.toYear())));
        }
        return found;
    }

    private List<Report> load(List<ReportRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> reportIds = rows.stream().map(r -> r.id).toList();
        Map<Long, List<ReportLine>> lines = new HashMap<>();
        mapper.linesOf(reportIds).forEach(l -> lines.computeIfAbsent(l.reportId, k -> new ArrayList<>())
                .add(new ReportLine(l.unitCode, l.unitName, LearningModel.valueOf(l.model), l.subjects, l.registered,
                        l.recognised, l.rate, l.target, l.targetDerived, l.gap, l.unassigned)));
        Map<Long, List<Completeness.Child>> missing = new HashMap<>();
        mapper.missingChildrenOf(reportIds).forEach(m -> missing.computeIfAbsent(m.reportId, k -> new ArrayList<>())
                .add(new Completeness.Child(m.unitCode, m.unitName, m.status == null ? null : ReportStatus.valueOf(m.status),
                        Timeliness.valueOf(m.timeliness))));
        Map<Long, List<PastUnit>> past = new HashMap<>();
        mapper.pastUnitsOf(reportIds).forEach(p -> past.computeIfAbsent(p.reportId, k -> new ArrayList<>())
                .add(new PastUnit(p.code, p.name, UnitLevel.valueOf(p.unitLevel), p.lastDay, p.wentInto)));
        return rows.stream().map(r -> new Report(new ReportId(r.id), new UnitId(r.unitId), r.unitCode, r.unitName,
                UnitLevel.valueOf(r.unitLevel), r.parentId == null ? null : new UnitId(r.parentId), r.programme,
                ReportChain.valueOf(r.chain), new ReportPeriod(r.periodFrom, r.periodTo), r.deadline, ReportStatus.valueOf(r.status), r.late,
                lines.getOrDefault(r.id, List.of()), missing.getOrDefault(r.id, List.of()),
                past.getOrDefault(r.id, List.of()), MyBatisRegistrations.instant(r.compiledAt),
                MyBatisRegistrations.instant(r.submittedAt), MyBatisRegistrations.instant(r.decidedAt), r.decidedBy,
                r.sentBackReason, r.version)).toList();
    }

    private static ReportRow toRow(Report report) {
        ReportRow row = new ReportRow();
        row.id = report.id().value();
        row.unitId = report.unit().value();
        row.unitCode = report.unitCode();
        row.unitName = report.unitName();
        row.unitLevel = report.level().name();
        row.parentId = report.parent() == null ? null : report.parent().value();
        row.programme = report.programme();
        row.chain = report.chain().name();
        row.periodFrom = report.period().fromYear();
        row.periodTo = report.period().toYear();
        row.deadline = report.deadline();
        row.status = report.status().name();
        row.late = report.late();
        row.compiledAt = MyBatisRegistrations.offset(report.compiledAt());
        row.submittedAt = MyBatisRegistrations.offset(report.submittedAt());
        row.decidedAt = MyBatisRegistrations.offset(report.decidedAt());
        row.decidedBy = report.decidedBy();
        row.sentBackReason = report.sentBackReason();
        row.version = report.version();
        return row;
    }
}
