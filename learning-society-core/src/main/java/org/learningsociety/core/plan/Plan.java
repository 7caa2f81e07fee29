package org.learningsociety.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;

/**
 * A plan (kế hoạch) implementing the programme: who issued it, its phases, its indicators with
 * their targets per year (optionally per area type) and its milestones.
 *
 * @param id a stable id, e.g. {@code hai-phong-46-kh-ubnd-2022}
 * @param version the data version of the plan's file
 * @param issuedOn the date of issue, or {@code null} when the plan states only the year
 * @param awards the forms of award the plan names, in its order; empty when it names none (a plan with
 *     a parent then gives its parent's, see {@link #overlaidOn})
 * @param recognition who recognises titles in the plan's area, as it says; {@code null} when it does not say
 */
public record Plan(String id, int version, PlanStatus status, String issuer, String number, LocalDate issuedOn,
        int issuedYear, String title, PlanScope scope, List<String> legalBasis, List<Phase> phases,
        List<PlanIndicator> indicators, List<Target> targets, DerivationRule derivationRule,
        List<Milestone> milestones, String programme, String parent, List<PlanTask> tasks, List<AwardForm> awards,
        Recognition recognition) {

    /** The programme of Decision 387/QĐ-TTg, whose plans set the recognition targets. */
    public static final String PROGRAMME_387 = "PROGRAMME_387";

    /** The emulation movement of Decision 1315/QĐ-TTg (2023–2030), whose plans date its own reports. */
    public static final String EMULATION_1315 = "EMULATION_1315";

    /** The programmes a plan, and a report, belongs to. */
    public static final java.util.Set<String> PROGRAMMES = java.util.Set.of(PROGRAMME_387, EMULATION_1315);

    /**
     * {@code programme} if it is one of {@link #PROGRAMMES}, {@link #PROGRAMME_387} when it is
     * {@code null} or blank; refuses any other.
     */
    public static String programme(String programme) {
        if (programme == null || programme.isBlank()) {
            return PROGRAMME_387;
        }
        String named = programme.strip();
        if (!PROGRAMMES.contains(named)) {
            throw new InvalidInputException("programme", programme, "Chương trình phải là " + PROGRAMME_387
                    + " (Chương trình 387/QĐ-TTg) hoặc " + EMULATION_1315 + " (Phong trào thi đua 1315/QĐ-TTg)");
        }
        return named;
    }

    /** A plan of Programme 387 without a parent plan or a task table. */
    public Plan(String id, int version, PlanStatus status, String issuer, String number, LocalDate issuedOn,
            int issuedYear, String title, PlanScope scope, List<String> legalBasis, List<Phase> phases,
            List<PlanIndicator> indicators, List<Target> targets, DerivationRule derivationRule,
            List<Milestone> milestones) {
        this(id, version, status, issuer, number, issuedOn, issuedYear, title, scope, legalBasis, phases, indicators,
                targets, derivationRule, milestones, PROGRAMME_387, null, List.of());
    }

    /** A plan naming no form of award and not saying who recognises (its parent's word, else the default). */
    public Plan(String id, int version, PlanStatus status, String issuer, String number, LocalDate issuedOn,
            int issuedYear, String title, PlanScope scope, List<String> legalBasis, List<Phase> phases,
            List<PlanIndicator> indicators, List<Target> targets, DerivationRule derivationRule,
            List<Milestone> milestones, String programme, String parent, List<PlanTask> tasks) {
        this(id, version, status, issuer, number, issuedOn, issuedYear, title, scope, legalBasis, phases, indicators,
                targets, derivationRule, milestones, programme, parent, tasks, List.of(), null);
    }

    /** A plan naming its forms of award and not saying who recognises (its parent's word, else the default). */
    public Plan(String id, int version, PlanStatus status, String issuer, String number, LocalDate issuedOn,
            int issuedYear, String title, PlanScope scope, List<String> legalBasis, List<Phase> phases,
            List<PlanIndicator> indicators, List<Target> targets, DerivationRule derivationRule,
            List<Milestone> milestones, String programme, String parent, List<PlanTask> tasks,
            List<AwardForm> awards) {
        this(id, version, status, issuer, number, issuedOn, issuedYear, title, scope, legalBasis, phases, indicators,
                targets, derivationRule, milestones, programme, parent, tasks, awards, null);
    }

    public Plan {
        Objects.requireNonNull(id, "id");
        if (issuedOn != null && issuedYear == 0) {
            issuedYear = issuedOn.getYear();
        }
        Objects.requireNonNull(scope, "scope");
        legalBasis = List.copyOf(legalBasis);
        phases = List.copyOf(phases);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        milestones = List.copyOf(milestones);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        awards = awards == null ? List.of() : List.copyOf(awards);
        if (awards.stream().map(AwardForm::code).distinct().count() != awards.size()) {
            throw new InvalidInputException("awards.code", id, "Kế hoạch " + id
                    + " nêu một mã hình thức khen thưởng hai lần");
        }
        programme = programme == null ? PROGRAMME_387 : programme;
        derivationRule = derivationRule == null ? DerivationRule.LINEAR : derivationRule;
        if (phases.isEmpty()) {
            throw new InvalidInputException("phases", "[]", "Kế hoạch " + id + " phải có ít nhất một giai đoạn");
        }
        var indicatorCodes = indicators.stream().map(PlanIndicator::code).collect(Collectors.toSet());
        for (Target target : parent != null ? List.<Target>of() : targets) {
            if (!indicatorCodes.contains(target.indicator())) {
                throw new InvalidInputException("targets.indicator", target.indicator(),
                        "Chỉ tiêu không có trong danh mục chỉ tiêu của kế hoạch " + id);
            }
        }
    }

    public int firstYear() {
        return phases.stream().mapToInt(Phase::fromYear).min().orElseThrow();
    }

    public int lastYear() {
        return phases.stream().mapToInt(Phase::toYear).max().orElseThrow();
    }

    public boolean covers(int year) {
        return phases.stream().anyMatch(p -> p.contains(year));
    }

    /**
     * Whether the plan reports over {@code fromYear}–{@code toYear}: a year it covers, one of its
     * phases, or its whole span (the final review).
     */
    public boolean reportsOver(int fromYear, int toYear) {
        if (fromYear == toYear) {
            return covers(fromYear);
        }
        return (fromYear == firstYear() && toYear == lastYear())
                || phases.stream().anyMatch(p -> p.fromYear() == fromYear && p.toYear() == toYear);
    }

    /** The phase holding {@code year}; refuses a year outside the plan. */
    public Phase phaseOf(int year) {
        return phases.stream().filter(p -> p.contains(year)).findFirst().orElseThrow(() ->
                new InvalidInputException("year", year, "Năm nằm ngoài kế hoạch " + number + " ("
                        + firstYear() + "–" + lastYear() + ")"));
    }

    public Optional<PlanIndicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The indicator measuring the recognition rate of {@code model}, if the plan sets one: not a
     * citizen indicator counted within another model (the workers of learning families are not all
     * citizens).
     */
    public Optional<PlanIndicator> recognitionIndicatorFor(LearningModel model) {
        return indicators.stream().filter(i -> i.model() == model && i.isRecognitionRate()).findFirst();
    }

    /**
     * The target for {@code indicatorCode} in {@code year} for an area of {@code areaType}
     * ({@code null}: an ordinary area): the stated value, or one derived by the plan's rule, saying
     * which. Refuses a year outside the plan and an indicator the plan does not set.
     */
    public TargetValue targetFor(String indicatorCode, int year, String areaType) {
        Phase phase = phaseOf(year);
        if (indicator(indicatorCode).isEmpty()) {
            throw new NotFoundException("indicator", indicatorCode, "Kế hoạch " + number + " không đặt chỉ tiêu này");
        }
        TreeMap<Integer, Target> stated = statedTargets(indicatorCode, areaType);
        if (stated.isEmpty()) {
            throw new NotFoundException("indicator", indicatorCode,
                    "Kế hoạch " + number + " không nêu giá trị nào cho chỉ tiêu này");
        }
        Target exact = stated.get(year);
        if (exact != null) {
            return new TargetValue(indicatorCode, year, exact.value(), TargetValue.Source.STATED, id,
                    "Theo " + number + (exact.statedAs() == null ? "" : ": " + exact.statedAs()));
        }
        var before = stated.floorEntry(year);
        var phaseEnd = stated.ceilingEntry(year);
        if (before == null) {
            return derived(indicatorCode, year, phaseEnd.getValue().value(),
                    "Chưa có chỉ tiêu trước năm " + phaseEnd.getKey() + "; lấy bằng chỉ tiêu năm " + phaseEnd.getKey());
        }
        if (derivationRule == DerivationRule.STEP || phaseEnd == null || phaseEnd.getKey() > phase.toYear()) {
            return derived(indicatorCode, year, before.getValue().value(),
                    "Giữ nguyên chỉ tiêu năm " + before.getKey());
        }
        int x0 = before.getKey();
        int x1 = phaseEnd.getKey();
        BigDecimal y0 = before.getValue().value();
        BigDecimal y1 = phaseEnd.getValue().value();
        BigDecimal value = y0.add(y1.subtract(y0)
                .multiply(BigDecimal.valueOf(year - x0))
                .divide(BigDecimal.valueOf(x1 - x0), 2, RoundingMode.HALF_UP)).stripTrailingZeros();
        return derived(indicatorCode, year, value.scale() < 0 ? value.setScale(0) : value,
                "Nội suy tuyến tính từ chỉ tiêu năm " + x0 + " (" + y0.toPlainString() + "%) đến năm " + x1
                        + " (" + y1.toPlainString() + "%)");
    }

    private TargetValue derived(String indicator, int year, BigDecimal value, String explanation) {
        return new TargetValue(indicator, year, value, TargetValue.Source.DERIVED, id, explanation);
    }

    private TreeMap<Integer, Target> statedTargets(String indicatorCode, String areaType) {
        TreeMap<Integer, Target> byYear = new TreeMap<>();
        targets.stream()
                .filter(t -> t.indicator().equals(indicatorCode) && t.areaType() == null)
                .forEach(t -> byYear.put(t.year(), t));
        if (areaType != null) {
            targets.stream()
                    .filter(t -> t.indicator().equals(indicatorCode) && areaType.equals(t.areaType()))
                    .forEach(t -> byYear.put(t.year(), t));
        }
        return byYear;
    }

    /**
     * This plan over its parent: the parent's indicators and targets, with this plan's replacing
     * those of the same indicator (and the same year and area type); this plan's own milestones.
     */
    public Plan overlaidOn(Plan parentPlan) {
        java.util.Map<String, PlanIndicator> mergedIndicators = new java.util.LinkedHashMap<>();
        parentPlan.indicators().forEach(i -> mergedIndicators.put(i.code(), i));
        indicators.forEach(i -> mergedIndicators.put(i.code(), i));
        java.util.Map<String, Target> mergedTargets = new java.util.LinkedHashMap<>();
        parentPlan.targets().forEach(t -> mergedTargets.put(t.indicator() + "|" + t.year() + "|" + t.areaType(), t));
        targets.forEach(t -> mergedTargets.put(t.indicator() + "|" + t.year() + "|" + t.areaType(), t));
        return new Plan(id, version, status, issuer, number, issuedOn, issuedYear, title, scope, legalBasis, phases,
                List.copyOf(mergedIndicators.values()), List.copyOf(mergedTargets.values()), derivationRule,
                milestones, programme, parent, tasks, awards.isEmpty() ? parentPlan.awards() : awards,
                recognition != null ? recognition : parentPlan.recognition());
    }

    /** The form of award {@code code} the plan names, if it does. */
    public Optional<AwardForm> award(String code) {
        return awards.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The plan's milestones of {@code kind}, earliest first. */
    public List<Milestone> milestones(String kind) {
        return milestones.stream().filter(m -> m.kind().equals(kind))
                .sorted(Comparator.comparing(m -> m.from() != null ? m.from() : m.to() != null ? m.to() : LocalDate.MIN))
                .toList();
    }
}
