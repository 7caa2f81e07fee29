package org.learningsociety.core.referencedata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.Transactions;

/**
 * Loads the plan and criteria files on the classpath — the shipped ones and a portal's own under
 * the same folders — in one transaction: all are read and checked first, so a malformed file stores
 * nothing. Idempotent: a plan is stored when absent or when its file has a higher version; a criteria
 * version is stored once and never changed.
 *
 * <p>The database's version of a plan wins over a file's version of the same number or lower: a
 * version a province uploaded through the API ({@link ChangingPlans}) is kept at every restart. A file
 * with a higher version than the database's is stored as the plan's next version (a library upgrade,
 * or a portal's edited file), over the uploaded one — whose text stays in the plan's versions.
 */
public class ReferenceDataLoader {

    public static final String PLAN_FOLDER = "org/learningsociety/referencedata/plans";
    public static final String CRITERIA_FOLDER = "org/learningsociety/referencedata/criteria";

    private final Plans plans;
    private final PlanVersions versions;
    private final CriteriaSets criteriaSets;
    private final Transactions transactions;
    private final ClassLoader classLoader;
    private final Clock clock;

    /** A loader that keeps no versions of the plans. */
    public ReferenceDataLoader(Plans plans, CriteriaSets criteriaSets, Transactions transactions, ClassLoader classLoader) {
        this(plans, PlanVersions.NONE, criteriaSets, transactions, classLoader, Clock.systemUTC());
    }

    /** A loader that records each plan version it stores from a file, with the file's text, in {@code versions}. */
    public ReferenceDataLoader(Plans plans, PlanVersions versions, CriteriaSets criteriaSets, Transactions transactions,
            ClassLoader classLoader, Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.versions = Objects.requireNonNull(versions);
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.transactions = Objects.requireNonNull(transactions);
        this.classLoader = Objects.requireNonNull(classLoader);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * What a load stored, by id.
     *
     * @param plansKept the plans whose file states a lower version than the database holds (one uploaded
     *     through the API, or a file since downgraded): the database's is kept
     */
    public record LoadReport(List<String> plansStored, List<String> criteriaSetsStored, List<String> plansKept) {

        public LoadReport(List<String> plansStored, List<String> criteriaSetsStored) {
            this(plansStored, criteriaSetsStored, List.of());
        }

        public boolean storedNothing() {
            return plansStored.isEmpty() && criteriaSetsStored.isEmpty();
        }
    }

    /** Reads every plan and criteria file on the classpath and stores what is new. */
    public LoadReport loadAll() {
        List<Plan> planFiles = new ArrayList<>();
        Map<String, String> planSource = new HashMap<>();
        Map<String, String> planText = new HashMap<>();
        for (String name : ClasspathFiles.list(classLoader, PLAN_FOLDER, ".yaml")) {
            String text = read(name, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Plan plan = PlanFile.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            String earlier = planSource.putIfAbsent(plan.id(), name);
            if (earlier != null) {
                throw new MalformedDataException(name, 1, "Mã kế hoạch \"" + plan.id() + "\" đã có ở " + earlier);
            }
            planFiles.add(plan);
            planText.put(plan.id(), text);
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
        return store(planFiles, criteriaFiles, planText, planSource);
    }

    /**
     * Stores already read plans and criteria sets (a portal's, from elsewhere than the classpath); their
     * versions are recorded without a text.
     */
    public LoadReport store(List<Plan> planFiles, List<CriteriaSet> criteriaFiles) {
        return store(planFiles, criteriaFiles, Map.of(), Map.of());
    }

    private LoadReport store(List<Plan> planFiles, List<CriteriaSet> criteriaFiles, Map<String, String> texts,
            Map<String, String> sources) {
        return transactions.inTransaction(() -> {
            plans.lockReferenceData();
            List<String> storedPlans = new ArrayList<>();
            List<String> keptPlans = new ArrayList<>();
            for (Plan plan : planFiles) {
                var existing = plans.findById(plan.id());
                String text = texts.get(plan.id());
                if (existing.isEmpty() || existing.get().version() < plan.version()) {
                    plans.save(plan);
                    storedPlans.add(plan.id());
                    record(plan, text, sources.get(plan.id()));
                } else if (existing.get().version() > plan.version()) {
                    keptPlans.add(plan.id());
                } else if (versions.find(plan.id(), plan.version()).isEmpty()) {
                    // stored before versions were kept: the file stored it
                    record(plan, text, sources.get(plan.id()));
                }
            }
            List<String> storedSets = new ArrayList<>();
            for (CriteriaSet set : criteriaFiles) {
                if (criteriaSets.findByKey(set.key()).isEmpty()) {
                    criteriaSets.add(set);
                    storedSets.add(set.key());
                }
            }
            return new LoadReport(Collections.unmodifiableList(storedPlans), Collections.unmodifiableList(storedSets),
                    Collections.unmodifiableList(keptPlans));
        });
    }

    /** Records the version of {@code plan} a file stored, with the file's text, when there is one. */
    private void record(Plan plan, String text, String source) {
        if (text == null) {
            return;
        }
        versions.add(new PlanVersions.PlanVersion(0, plan.id(), plan.version(), PlanVersions.Origin.SHIPPED, text,
                ChangingPlans.sha256(text), source == null ? Actor.SYSTEM.name() : source, clock.instant()));
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
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
