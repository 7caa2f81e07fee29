package org.learningsociety.workflow.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.core.unit.UnitLocks;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.learningsociety.workflow.tenant.TenantProcessStarts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.learningsociety.workflow.cycle.CycleVariables;

/**
 * Starts a commune's yearly cycle ({@code annual-cycle}) for one model and year, once: a second
 * start while one runs is refused. The engine is called here, not in the controller. A cycle whose
 * report no plan in force dates for the commune, and for which the portal configured no day
 * ({@code learning-society.cycle.report-due}), is refused before it starts, rather than failing at its
 * last step or closing on a made-up day; so is a cycle a {@link CycleStartCheck} refuses (a deployed timer
 * holding a plain date of another year).
 *
 * <p>The check and the start run in one transaction holding the commune ({@link UnitLocks}): two
 * simultaneous starts take turns, and the second sees the first one's process and is refused, on one
 * node or several. Without the lock both could pass the check and start the same cycle twice.
 */
public class CampaignLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignLauncher.class);

    /** The key of the process a campaign runs. */
    public static final String PROCESS_KEY = LibraryKeys.ANNUAL_CYCLE;

    private final RuntimeService runtime;
    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final Clock clock;
    private final Transactions transactions;
    private final UnitLocks locks;
    private final CycleDeadlines deadlines;
    private final List<CycleStartCheck> checks;
    private final TenantProcessStarts starts;

    public CampaignLauncher(RuntimeService runtime, UnitDirectory units, PlanDirectory plans, Clock clock,
            Transactions transactions, UnitLocks locks, CycleDeadlines deadlines) {
        this(runtime, units, plans, clock, transactions, locks, deadlines, List.of());
    }

    /** @param checks what the deployed definitions must allow before a cycle starts (plain timer dates …) */
    public CampaignLauncher(RuntimeService runtime, UnitDirectory units, PlanDirectory plans, Clock clock,
            Transactions transactions, UnitLocks locks, CycleDeadlines deadlines, List<CycleStartCheck> checks) {
        this(runtime, units, plans, clock, transactions, locks, deadlines, checks, null);
    }

    /**
     * @param starts starts the cycle on its province's own {@code annual-cycle} if the province deployed one, else
     *        the shared; {@code null}: provinces are not tenants, the latest shared version
     */
    public CampaignLauncher(RuntimeService runtime, UnitDirectory units, PlanDirectory plans, Clock clock,
            Transactions transactions, UnitLocks locks, CycleDeadlines deadlines, List<CycleStartCheck> checks,
            TenantProcessStarts starts) {
        this.starts = starts;
        this.checks = List.copyOf(checks);
        this.runtime = Objects.requireNonNull(runtime);
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.clock = Objects.requireNonNull(clock);
        this.transactions = Objects.requireNonNull(transactions);
        this.locks = Objects.requireNonNull(locks);
        this.deadlines = Objects.requireNonNull(deadlines);
    }

    /** Starts the cycle and returns its business key ({@code <MODEL>:<year>:<unit code>}). */
    public CycleKey start(String unitCode, int year, LearningModel model) {
        if (model == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
        }
        LocalDate today = LocalDate.now(clock);
        AdministrativeUnit unit = units.unitOn(unitCode, today);
        if (unit.level() != UnitLevel.COMMUNE) {
            throw new InvalidInputException("unitCode", unitCode, "Chu kỳ hằng năm chạy cho một xã, phường; đơn vị "
                    + unitCode + " là cấp " + unit.level().vietnameseName());
        }
        plans.planFor(unit, year, today).phaseOf(year);
        reportDated(unit, year);
        CycleKey key = new CycleKey(model, year, unit.code());
        checks.forEach(check -> check.check(key));
        return transactions.inTransaction(() -> {
            locks.hold(unit.code());
            if (isRunning(key)) {
                throw new ConflictException(ConflictException.Kind.ALREADY_EXISTS, "unitCode", unitCode, "Chu kỳ "
                        + model.title() + " năm " + year + " của " + unit.name() + " đang chạy", key.businessKey());
            }
            Map<String, Object> variables = Map.of(
                    CycleVariables.MODEL, model.name(),
                    CycleVariables.YEAR, year,
                    CycleVariables.UNIT_CODE, unit.code());
            if (starts != null) {
                starts.start(PROCESS_KEY, key.businessKey(), variables, unit.code());
            } else {
                runtime.startProcessInstanceByKey(PROCESS_KEY, key.businessKey(), variables);
            }
            return key;
        });
    }

    /** Refuses a cycle whose report window neither a plan nor the configuration dates (the message names the plans). */
    private void reportDated(AdministrativeUnit commune, int year) {
        try {
            deadlines.closes(CyclePhase.REPORT, commune.code(), year);
        } catch (ConflictException undated) {
            LOG.warn("Refused the {} cycle of commune {}: no plan in force dates the commune's yearly report and "
                    + "learning-society.cycle.report-due is not set; add the plan's YEARLY_REPORT milestone for "
                    + "the commune level or set the property", year, commune.code());
            throw undated;
        }
    }

    /** Whether a cycle with this key is running. */
    public boolean isRunning(CycleKey key) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(key.businessKey()).count() > 0;
    }
}
