package org.learningsociety.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * Finds the plans that apply to a unit — its own, else the nearest ancestor's, up to the
 * programme's — and answers their targets. A plan with a {@code parent} is read over its parent, so
 * a provincial plan that states only some targets takes the others from the programme.
 */
public class PlanDirectory {

    private static final Comparator<Plan> PREFERRED = Comparator
            .comparing((Plan p) -> p.status() == PlanStatus.ISSUED ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Plan::issuedYear).reversed());

    private final Plans plans;
    private final UnitDirectory units;
    /**
     * In a {@link #readingEachPlanOnce()} directory, each unit read on a date with its ancestors (the
     * unit first), so that siblings share their parent's line; null in a plain directory.
     */
    private final Map<Map.Entry<UnitId, LocalDate>, List<AdministrativeUnit>> lines;
    /** The draft plans a province has put in force; every other draft is kept and shown, never applied. */
    private final Set<String> draftsInForce;

    /** Issued plans only are applied. */
    public PlanDirectory(Plans plans, UnitDirectory units) {
        this(plans, units, Set.of());
    }

    /**
     * Issued plans, and the drafts whose ids {@code draftsInForce} names, are applied (targets,
     * deadlines); any other draft is read, never applied.
     */
    public PlanDirectory(Plans plans, UnitDirectory units, Collection<String> draftsInForce) {
        this(plans, units, null, Set.copyOf(draftsInForce));
    }

    private PlanDirectory(Plans plans, UnitDirectory units,
            Map<Map.Entry<UnitId, LocalDate>, List<AdministrativeUnit>> lines, Set<String> draftsInForce) {
        this.plans = Objects.requireNonNull(plans);
        this.units = Objects.requireNonNull(units);
        this.lines = lines;
        this.draftsInForce = draftsInForce;
    }

    /** Whether {@code plan} is applied: issued, or a draft put in force. */
    public boolean inForce(Plan plan) {
        return plan.status() == PlanStatus.ISSUED || draftsInForce.contains(plan.id());
    }

    /**
     * A directory for one unit of work (a report over a province's units): each plan and each unit's
     * plans are read once and kept for as long as the returned directory is used, instead of once
     * per unit asked about; so are the ancestors of each unit (a province's communes share theirs).
     * Not for keeping: a plan saved or a unit moved meanwhile is not seen by it.
     */
    public PlanDirectory readingEachPlanOnce() {
        return new PlanDirectory(new ReadOnce(plans), units, new HashMap<>(), draftsInForce);
    }

    /** Plans read once each, for the life of one {@link #readingEachPlanOnce()} directory. */
    private static final class ReadOnce implements Plans {

        private final Plans plans;
        private final java.util.Map<String, Optional<Plan>> byId = new java.util.HashMap<>();
        private final java.util.Map<String, List<Plan>> byScope = new java.util.HashMap<>();

        ReadOnce(Plans plans) {
            this.plans = plans;
        }

        @Override
        public Optional<Plan> findById(String id) {
            return byId.computeIfAbsent(id, plans::findById);
        }

        @Override
        public List<Plan> findByScope(String unitCode) {
            return byScope.computeIfAbsent(unitCode, plans::findByScope);
        }

        @Override
        public List<Plan> findAll() {
            return plans.findAll();
        }

        @Override
        public void save(Plan plan) {
            throw new UnsupportedOperationException("a directory reading each plan once does not save");
        }
    }

    /** The plan {@code id} as stored, read over its parents. */
    public Plan plan(String id) {
        return effective(plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id, "Không có kế hoạch này")));
    }

    private Plan effective(Plan plan) {
        Plan result = plan;
        Set<String> seen = new HashSet<>();
        String parentId = plan.parent();
        while (parentId != null && seen.add(parentId)) {
            Plan parent = plans.findById(parentId).orElseThrow(() -> new NotFoundException("parent",
                    plan.parent(), "Kế hoạch " + plan.id() + " dẫn chiếu kế hoạch cấp trên không tồn tại"));
            result = result.overlaidOn(parent);
            parentId = parent.parent();
        }
        return result;
    }

    /** The unit {@code id} and its ancestors on {@code on}, each line read once (not recursively inside computeIfAbsent). */
    private List<AdministrativeUnit> lineOf(UnitId id, LocalDate on) {
        List<AdministrativeUnit> known = lines.get(Map.entry(id, on));
        if (known != null) {
            return known;
        }
        AdministrativeUnit unit = units.unitOn(id, on);
        List<AdministrativeUnit> line = new ArrayList<>();
        line.add(unit);
        if (unit.parent() != null) {
            line.addAll(lineOf(unit.parent(), on));
        }
        lines.put(Map.entry(id, on), List.copyOf(line));
        return line;
    }

    /** The unit and its ancestors on {@code on}, nearest first. */
    private List<AdministrativeUnit> chain(AdministrativeUnit unit, LocalDate on) {
        List<AdministrativeUnit> chain = new ArrayList<>();
        chain.add(unit);
        if (lines == null) {
            chain.addAll(units.ancestorsOf(unit, on));
        } else if (unit.parent() != null) {
            chain.addAll(lineOf(unit.parent(), on));
        }
        return chain;
    }

    /**
     * The Programme 387 plan applying to {@code unit} in {@code year}: a plan of the unit itself that
     * covers the year, else of its nearest ancestor (as the hierarchy stood on {@code on}); an
     * issued plan before a draft, the newest first.
     */
    public Plan planFor(AdministrativeUnit unit, int year, LocalDate on) {
        for (AdministrativeUnit candidate : chain(unit, on)) {
            Optional<Plan> own = programmePlansOf(candidate, year).findFirst();
            if (own.isPresent()) {
                return own.get();
            }
        }
        throw new InvalidInputException("year", year,
                "Năm nằm ngoài các kế hoạch áp dụng cho " + unit.name());
    }

    /**
     * Who recognises titles in {@code unit}'s yearly cycle of {@code year}: the word of the nearest
     * Programme 387 plan covering the year that says (a plan's parent speaking for it), as the hierarchy
     * stood on {@code on}; the People's Committee when none does ({@link Recognition#DEFAULT}).
     */
    public Recognition recognition(AdministrativeUnit unit, int year, LocalDate on) {
        for (AdministrativeUnit candidate : chain(unit, on)) {
            Optional<Recognition> said = programmePlansOf(candidate, year).map(Plan::recognition)
                    .filter(Objects::nonNull).findFirst();
            if (said.isPresent()) {
                return said.get();
            }
        }
        return Recognition.DEFAULT;
    }

    private java.util.stream.Stream<Plan> programmePlansOf(AdministrativeUnit unit, int year) {
        return plans.findByScope(unit.code()).stream()
                .filter(this::inForce)
                .filter(p -> Plan.PROGRAMME_387.equals(p.programme()))
                .map(this::effective)
                .filter(p -> p.covers(year))
                .sorted(PREFERRED);
    }

    /** Every plan in force, of any programme, applying to {@code unit} on {@code on}, nearest unit first. */
    public List<Plan> plansApplyingTo(AdministrativeUnit unit, LocalDate on) {
        List<Plan> applying = new ArrayList<>();
        for (AdministrativeUnit candidate : chain(unit, on)) {
            plans.findByScope(candidate.code()).stream().filter(this::inForce).map(this::effective).sorted(PREFERRED)
                    .forEach(applying::add);
        }
        return applying;
    }

    /** The plans in force of {@code programme} applying to {@code unit} on {@code on}, nearest unit first. */
    public List<Plan> plansApplyingTo(AdministrativeUnit unit, LocalDate on, String programme) {
        return plansApplyingTo(unit, on).stream().filter(p -> programme.equals(p.programme())).toList();
    }

    /**
     * The target of {@code model}'s recognition rate for {@code unit} in {@code year}, from the nearest
     * Programme 387 plan that sets one for the model.
     */
    public TargetValue recognitionTarget(AdministrativeUnit unit, LearningModel model, int year, LocalDate on) {
        boolean anyPlan = false;
        for (AdministrativeUnit candidate : chain(unit, on)) {
            for (Plan plan : programmePlansOf(candidate, year).toList()) {
                anyPlan = true;
                Optional<PlanIndicator> indicator = plan.recognitionIndicatorFor(model);
                if (indicator.isPresent() && plan.targets().stream().anyMatch(t -> t.indicator().equals(indicator.get().code()))) {
                    return plan.targetFor(indicator.get().code(), year, unit.areaType());
                }
            }
        }
        if (!anyPlan) {
            throw new InvalidInputException("year", year, "Năm nằm ngoài các kế hoạch áp dụng cho " + unit.name());
        }
        throw new NotFoundException("model", model,
                "Không kế hoạch nào áp dụng cho " + unit.name() + " đặt chỉ tiêu cho mô hình " + model.title());
    }
}
