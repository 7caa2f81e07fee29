package org.learningsociety.core.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.shared.Transactions;

/**
 * Loads the plan and criteria files on the classpath — the shipped ones and a portal's own under
 * the same folders — in one transaction: all are read and checked first, so a malformed file stores
 * nothing. Idempotent: a plan is stored when absent or when its file has a higher version; a criteria
 * version is stored once and never changed.
 */
public class ReferenceDataLoader {

    public static final String PLAN_FOLDER = "org/learningsociety/referencedata/plans";
    public static final String CRITERIA_FOLDER = "org/learningsociety/referencedata/criteria";

    private final Plans plans;
    private final CriteriaSets criteriaSets;
    private final Transactions transactions;
    private final ClassLoader classLoader;

    public ReferenceDataLoader(Plans plans, CriteriaSets criteriaSets, Transactions transactions, ClassLoader classLoader) {
        this.plans = Objects.requireNonNull(plans);
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.transactions = Objects.requireNonNull(transactions);
        this.classLoader = Objects.requireNonNull(classLoader);
    }

    /** What a load stored, by id. */
    public record LoadReport(List<String> plansStored, List<String> criteriaSetsStored) {

        public boolean storedNothing() {
            return plansStored.isEmpty() && criteriaSetsStored.isEmpty();
        }
    }

    /** Reads every plan and criteria file on the classpath and stores what is new. */
    public LoadReport loadAll() {
        List<Plan> planFiles = new ArrayList<>();
        Map<String, String> planSource = new HashMap<>();
        for (String name : ClasspathFiles.list(classLoader, PLAN_FOLDER, ".yaml")) {
            Plan plan = read(name, in -> PlanFile.read(name, in));
            String earlier = planSource.putIfAbsent(plan.id(), name);
            if (earlier != null) {
                throw new MalformedDataException(name, 1, "Mã kế hoạch \"" + plan.id() + "\" đã có ở " + earlier);
            }
            planFiles.add(plan);
        }
        for (Plan plan : planFiles) {
            if (plan.parent() != null && !planSource.containsKey(plan.parent())
                    && plans.findById(plan.parent()).isEmpty()) {
                throw new MalformedDataException(planSource.get(plan.id()), 1,
                        "Kế hoạch cấp trên \"" + plan.parent() + "\" không tồn tại");
            }
        }
        List<CriteriaSet> criteriaFiles = new ArrayList<>();
        Map<String, String> criteriaSource = new HashMap<>();
        for (String name : ClasspathFiles.list(classLoader, CRITERIA_FOLDER, ".yaml")) {
            CriteriaSet set = read(name, in -> CriteriaFile.read(name, in));
            String earlier = criteriaSource.putIfAbsent(set.key(), name);
            if (earlier != null) {
                throw new MalformedDataException(name, 1, "Mã bộ tiêu chí \"" + set.key() + "\" đã có ở " + earlier);
            }
            criteriaFiles.add(set);
        }
        return store(planFiles, criteriaFiles);
    }

    /** Stores already read plans and criteria sets (a portal's, from elsewhere than the classpath). */
    public LoadReport store(List<Plan> planFiles, List<CriteriaSet> criteriaFiles) {
        return transactions.inTransaction(() -> {
            plans.lockReferenceData();
            List<String> storedPlans = new ArrayList<>();
            for (Plan plan : planFiles) {
                var existing = plans.findById(plan.id());
                if (existing.isEmpty() || existing.get().version() < plan.version()) {
                    plans.save(plan);
                    storedPlans.add(plan.id());
                }
            }
            List<String> storedSets = new ArrayList<>();
            for (CriteriaSet set : criteriaFiles) {
                if (criteriaSets.findByKey(set.key()).isEmpty()) {
                    criteriaSets.add(set);
                    storedSets.add(set.key());
                }
            }
            return new LoadReport(Collections.unmodifiableList(storedPlans), Collections.unmodifiableList(storedSets));
        });
    }

    private interface Reader<T> {
        T read(InputStream in);
    }

    private <T> T read(String name, Reader<T> reader) {
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
                throw new MalformedDataException(name, 0, "Không mở được tệp");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
