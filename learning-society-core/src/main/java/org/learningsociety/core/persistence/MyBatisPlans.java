package org.learningsociety.core.persistence;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.Rows.MilestoneRow;
import org.learningsociety.core.persistence.Rows.PhaseRow;
import org.learningsociety.core.persistence.Rows.PlanIndicatorRow;
import org.learningsociety.core.persistence.Rows.PlanLineRow;
import org.learningsociety.core.persistence.Rows.PlanRow;
import org.learningsociety.core.persistence.Rows.TargetRow;
import org.learningsociety.core.persistence.Rows.TaskRow;
import org.learningsociety.core.plan.AwardForm;
import org.learningsociety.core.plan.DerivationRule;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Phase;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.plan.PlanScope;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.plan.PlanTask;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.plan.Recognition;
import org.learningsociety.core.plan.Target;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Plans stored relationally: {@code ls_plan} and its phases, indicators, targets, milestones and
 * legal basis lines, each in order. Saving a newer version replaces the children whole.
 */
final class MyBatisPlans implements Plans {

    private final PlanMapper mapper;
    private final Transactions transactions;

    MyBatisPlans(SqlSession session, Transactions transactions) {
        this.mapper = session.getMapper(PlanMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public void lockReferenceData() {
        mapper.lockReferenceData();
    }

    @Override
    public Optional<Plan> findById(String id) {
        return load(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Plan> findByScope(String unitCode) {
        return load(mapper.idsByScope(unitCode));
    }

    @Override
    public List<Plan> findAll() {
        return load(mapper.allIds());
    }

    /**
     * Stores {@code plan}: a new id is inserted, a newer version replaces the stored one, the same
     * version with the same content is left as it is (loading reference data twice is harmless),
     * and an older version — or the same version with other content — is refused.
     */
    @Override
    public void save(Plan plan) {
        Plan normalised = normalised(plan);
        transactions.run(() -> {
            List<Integer> stored = mapper.lockVersion(plan.id());
            if (stored.isEmpty()) {
                SqlErrors.uniqueAsConflict(() -> {
                    mapper.insertPlan(toRow(plan));
                    insertChildren(plan);
                }, () -> staleVersion(plan, plan.version()));
                return;
            }
            int storedVersion = stored.get(0);
            if (plan.version() < storedVersion) {
                throw staleVersion(plan, storedVersion);
            }
            if (plan.version() == storedVersion) {
                if (findById(plan.id()).filter(normalised::equals).isPresent()) {
                    return;
                }
                throw new ConflictException(Kind.CONCURRENT_CHANGE, "version", plan.version(), "Kế hoạch " + plan.id()
                        + " đã lưu phiên bản " + storedVersion + " với nội dung khác; cần tăng số phiên bản");
            }
            mapper.updatePlan(toRow(plan));
            mapper.deleteLegalBasis(plan.id());
            mapper.deletePhase(plan.id());
            mapper.deleteIndicator(plan.id());
            mapper.deleteTarget(plan.id());
            mapper.deleteMilestone(plan.id());
            mapper.deleteTask(plan.id());
            mapper.deleteAward(plan.id());
            insertChildren(plan);
        });
    }

    private static ConflictException staleVersion(Plan plan, int storedVersion) {
        return new ConflictException(Kind.CONCURRENT_CHANGE, "version", plan.version(), "Kế hoạch " + plan.id()
                + " đã lưu phiên bản " + storedVersion + ", không ghi đè bằng phiên bản cũ hơn");
    }

    private void insertChildren(Plan plan) {
        String id = plan.id();
        List<PlanLineRow> lines = indexed(plan.legalBasis(), (text, seq) -> {
            PlanLineRow row = new PlanLineRow();
            row.planId = id;
            row.seq = seq;
            row.lineText = text;
            return row;
        });
        List<PhaseRow> phases = indexed(plan.phases(), (phase, seq) -> {
            PhaseRow row = new PhaseRow();
            row.planId = id;
            row.seq = seq;
            row.code = phase.code();
            row.fromYear = phase.fromYear();
            row.toYear = phase.toYear();
            return row;
        });
        List<PlanIndicatorRow> indicators = indexed(plan.indicators(), (indicator, seq) -> {
            PlanIndicatorRow row = new PlanIndicatorRow();
            row.planId = id;
            row.seq = seq;
            row.code = indicator.code();
            row.name = indicator.name();
            row.model = indicator.model() == null ? null : indicator.model().name();
            row.measuredIn = indicator.unit();
            row.withinModel = indicator.within() == null ? null : indicator.within().name();
            row.source = indicator.source().name();
            row.enteredBy = indicator.enteredBy() == null ? null : indicator.enteredBy().name();
            row.answer = indicator.answer().name();
            row.denominator = indicator.denominator();
            row.memberRole = indicator.members() == null ? null : indicator.members().name();
            return row;
        });
        List<TargetRow> targets = indexed(plan.targets(), (target, seq) -> {
            TargetRow row = new TargetRow();
            row.planId = id;
            row.seq = seq;
            row.indicator = target.indicator();
            row.targetYear = target.year();
            row.areaType = target.areaType();
            row.targetValue = target.value();
            row.statedAs = target.statedAs();
            return row;
        });
        List<MilestoneRow> milestones = indexed(plan.milestones(), (milestone, seq) -> {
            MilestoneRow row = new MilestoneRow();
            row.planId = id;
            row.seq = seq;
            row.kind = milestone.kind();
            row.actingLevel = milestone.level();
            row.fromDate = milestone.from();
            row.toDate = milestone.to();
            row.monthDay = milestone.monthDay() == null ? null : milestone.monthDay().toString();
            row.recurring = milestone.recurring();
            row.statedAs = milestone.statedAs();
            row.description = milestone.description();
            row.fromMonthDay = text(milestone.fromMonthDay());
            row.beforeDay = milestone.before();
            row.fromYear = milestone.fromYear();
            row.toYear = milestone.toYear();
            row.reportPeriod = milestone.period();
            row.reportChain = milestone.chain() == null ? null : milestone.chain().name();
            row.recipient = milestone.recipient();
            return row;
        });
        List<TaskRow> tasks = indexed(plan.tasks(), (task, seq) -> {
            TaskRow row = new TaskRow();
            row.planId = id;
            row.seq = seq;
            row.taskNumber = task.number();
            row.name = task.name();
            row.leadBy = task.lead();
            row.timing = task.timing();
            row.fromDate = task.from();
            row.toDate = task.to();
            row.fromMonthDay = text(task.fromMonthDay());
            row.monthDay = text(task.monthDay());
            row.recurring = task.recurring();
            row.content = task.content();
            row.leadBodies = bodies(task.leads());
            row.joiningBodies = bodies(task.joins());
            return row;
        });
        Chunks.of(lines).forEach(mapper::insertLegalBasis);
        Chunks.of(phases).forEach(mapper::insertPhases);
        Chunks.of(indicators).forEach(mapper::insertIndicators);
        Chunks.of(targets).forEach(mapper::insertTargets);
        Chunks.of(milestones).forEach(mapper::insertMilestones);
        Chunks.of(tasks).forEach(mapper::insertTasks);
        List<Rows.AwardRow> awards = indexed(plan.awards(), (award, seq) -> {
            Rows.AwardRow row = new Rows.AwardRow();
            row.planId = id;
            row.seq = seq;
            row.code = award.code();
            row.name = award.name();
            row.givenBy = award.givenBy() == null ? null : award.givenBy().body();
            row.givenLevel = award.givenBy() == null ? null : award.givenBy().level();
            row.issuance = award.issuance() == null ? null : award.issuance().name();
            row.occasions = String.join(",", award.occasions());
            row.statedAs = award.statedAs();
            return row;
        });
        Chunks.of(awards).forEach(mapper::insertAwards);
    }

    /** A task's bodies as {@code ls_plan_task} keeps them: a line each, {@code KIND|LEVEL,LEVEL|SET_BY|name}. */
    static String bodies(List<org.learningsociety.core.plan.TaskBody> bodies) {
        if (bodies.isEmpty()) {
            return null;
        }
        return bodies.stream().map(b -> b.kind().name() + "|"
                + String.join(",", b.levels().stream().map(Enum::name).toList()) + "|"
                + (b.setBy() == null ? "" : b.setBy().name()) + "|" + (b.name() == null ? "" : b.name()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    static List<org.learningsociety.core.plan.TaskBody> bodies(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(line -> {
            String[] parts = line.split("\\|", 4);
            return new org.learningsociety.core.plan.TaskBody(
                    org.learningsociety.core.unit.BodyKind.valueOf(parts[0]),
                    java.util.Arrays.stream(parts[1].split(",")).map(
                            org.learningsociety.core.unit.UnitLevel::valueOf).toList(),
                    parts[3].isEmpty() ? null : parts[3],
                    parts[2].isEmpty() ? null : org.learningsociety.core.unit.BodyKind.valueOf(parts[2]));
        }).toList();
    }

    private interface Indexed<T, R> {
        R row(T item, int seq);
    }

    private static <T, R> List<R> indexed(List<T> items, Indexed<T, R> toRow) {
        List<R> rows = new ArrayList<>(items.size());
        for (int seq = 0; seq < items.size(); seq++) {
            rows.add(toRow.row(items.get(seq), seq));
        }
        return rows;
    }

    /** Loads the plans {@code ids}: one query per table for each chunk of ids, never one per plan. */
    private List<Plan> load(List<String> ids) {
        List<Plan> plans = new ArrayList<>(ids.size());
        for (List<String> chunk : Chunks.of(ids)) {
            List<PlanRow> rows = mapper.findPlans(chunk);
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, List<PlanLineRow>> lines = byPlan(mapper.legalBasisOf(chunk), r -> r.planId);
            Map<String, List<PhaseRow>> phases = byPlan(mapper.phasesOf(chunk), r -> r.planId);
            Map<String, List<PlanIndicatorRow>> indicators = byPlan(mapper.indicatorsOf(chunk), r -> r.planId);
            Map<String, List<TargetRow>> targets = byPlan(mapper.targetsOf(chunk), r -> r.planId);
            Map<String, List<MilestoneRow>> milestones = byPlan(mapper.milestonesOf(chunk), r -> r.planId);
            Map<String, List<TaskRow>> tasks = byPlan(mapper.tasksOf(chunk), r -> r.planId);
            Map<String, List<Rows.AwardRow>> awards = byPlan(mapper.awardsOf(chunk), r -> r.planId);
            for (PlanRow row : rows) {
                plans.add(new Plan(row.id, row.version, row.status == null ? null : PlanStatus.valueOf(row.status),
                        row.issuer, row.number, row.issuedOn, row.issuedYear, row.title,
                        new PlanScope(row.scopeUnitCode, row.scopeLevel == null ? null : UnitLevel.valueOf(row.scopeLevel)),
                        lines.getOrDefault(row.id, List.of()).stream().map(l -> l.lineText).toList(),
                        phases.getOrDefault(row.id, List.of()).stream()
                                .map(p -> new Phase(p.code, p.fromYear, p.toYear)).toList(),
                        indicators.getOrDefault(row.id, List.of()).stream()
                                .map(i -> new PlanIndicator(i.code, i.name,
                                        i.model == null ? null : LearningModel.valueOf(i.model),
                                        i.withinModel == null ? null : LearningModel.valueOf(i.withinModel), i.measuredIn,
                                        i.source == null ? null : IndicatorSource.valueOf(i.source),
                                        i.enteredBy == null ? null : UnitLevel.valueOf(i.enteredBy),
                                        i.answer == null ? null : IndicatorAnswer.valueOf(i.answer), i.denominator,
                                        i.memberRole == null ? null : MemberRole.valueOf(i.memberRole)))
                                .toList(),
                        targets.getOrDefault(row.id, List.of()).stream()
                                .map(t -> new Target(t.indicator, t.targetYear, t.areaType, normalised(t.targetValue),
                                        t.statedAs))
                                .toList(),
                        DerivationRule.valueOf(row.derivationRule),
                        milestones.getOrDefault(row.id, List.of()).stream()
                                .map(m -> new Milestone(m.kind, m.actingLevel, m.fromDate, m.toDate,
                                        monthDay(m.fromMonthDay), monthDay(m.monthDay), m.recurring, m.beforeDay,
                                        m.fromYear, m.toYear, m.statedAs, m.description, m.reportPeriod,
                                        m.reportChain == null ? null
                                                : org.learningsociety.core.plan.ReportChain.valueOf(m.reportChain),
                                        m.recipient))
                                .toList(),
                        row.programme, row.parentId,
                        tasks.getOrDefault(row.id, List.of()).stream()
                                .map(t -> new PlanTask(t.taskNumber, t.name, t.leadBy, t.timing, t.fromDate, t.toDate,
                                        monthDay(t.fromMonthDay), monthDay(t.monthDay), t.recurring, t.content,
                                        bodies(t.leadBodies), bodies(t.joiningBodies)))
                                .toList(),
                        awards.getOrDefault(row.id, List.of()).stream().map(MyBatisPlans::award).toList(),
                        row.recognisedBy == null ? null : new Recognition(BodyKind.valueOf(row.recognisedBy),
                                row.recognitionOnBehalfOf, row.recognitionSignerTitle, row.recognitionStatedAs,
                                row.id)));
            }
        }
        return plans;
    }

    private static AwardForm award(Rows.AwardRow a) {
        return new AwardForm(a.code, a.name, a.givenBy == null ? null : new AwardForm.GivenBy(a.givenBy, a.givenLevel),
                a.issuance == null ? null : AwardForm.Issuance.valueOf(a.issuance), List.of(a.occasions.split(",")),
                a.statedAs);
    }

    private static String text(MonthDay monthDay) {
        return monthDay == null ? null : monthDay.toString();
    }

    private static MonthDay monthDay(String text) {
        return text == null ? null : MonthDay.parse(text);
    }

    private static <R> Map<String, List<R>> byPlan(List<R> rows, Function<R, String> planId) {
        Map<String, List<R>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(planId.apply(row), id -> new ArrayList<>()).add(row));
        return grouped;
    }

    /** A target value without the trailing zeros its column's scale adds: 55.0000 reads as 55. */
    static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Plan normalised(Plan plan) {
        return new Plan(plan.id(), plan.version(), plan.status(), plan.issuer(), plan.number(), plan.issuedOn(),
                plan.issuedYear(), plan.title(), plan.scope(), plan.legalBasis(), plan.phases(), plan.indicators(),
                plan.targets().stream().map(t -> new Target(t.indicator(), t.year(), t.areaType(),
                        normalised(t.value()), t.statedAs())).toList(),
                plan.derivationRule(), plan.milestones(), plan.programme(), plan.parent(), plan.tasks(), plan.awards(),
                plan.recognition() == null ? null : plan.recognition().of(plan.id()));
    }

    private static PlanRow toRow(Plan plan) {
        PlanRow row = new PlanRow();
        row.id = plan.id();
        row.version = plan.version();
        row.status = plan.status() == null ? null : plan.status().name();
        row.issuer = plan.issuer();
        row.number = plan.number();
        row.issuedOn = plan.issuedOn();
        row.issuedYear = plan.issuedYear();
        row.title = plan.title();
        row.scopeUnitCode = plan.scope().unitCode();
        row.scopeLevel = plan.scope().level() == null ? null : plan.scope().level().name();
        row.derivationRule = plan.derivationRule().name();
        row.programme = plan.programme();
        row.parentId = plan.parent();
        if (plan.recognition() != null) {
            row.recognisedBy = plan.recognition().by().name();
            row.recognitionOnBehalfOf = plan.recognition().onBehalfOf();
            row.recognitionSignerTitle = plan.recognition().signerTitle();
            row.recognitionStatedAs = plan.recognition().statedAs();
        }
        return row;
    }
}
