package org.learningsociety.core.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.criteria.Classification;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * What an officer's batch holds at this moment, read from the registrations: each subject with its
 * status, points and what it still lacks, and the counts by status; and, for a commune, which
 * registrations a recognition decision issued now would recognise and which not, with the reason.
 * The same rules as {@link CommuneRecognition} and {@link CampaignBatches#batchCompletion}, read
 * without changing anything.
 */
public class BatchWork {

    /** A subject's year as a batch lists it; {@code points} is null before a self-assessment. */
    public record Line(String name, String externalId, String unitName, RegistrationStatus status, Integer points,
            String missing) { }

    /** A batch's lines, by unit and portal id, with the counts by status. */
    public record Sheet(String unitCode, String unitName, List<Line> lines, Map<RegistrationStatus, Long> counts) {

        public long count(RegistrationStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    /** What a recognition decision issued now would recognise, and what not, each with its reason. */
    public record RecognitionPreview(String communeName, List<Line> recognised, List<Line> notRecognised) { }

    private final CampaignBatches batches;
    private final UnitDirectory units;
    private final Registrations registrations;
    private final Subjects subjects;
    private final CriteriaSets criteriaSets;
    private final Clock clock;

    public BatchWork(CampaignBatches batches, UnitDirectory units, Registrations registrations, Subjects subjects,
            CriteriaSets criteriaSets, Clock clock) {
        this.batches = Objects.requireNonNull(batches);
        this.units = Objects.requireNonNull(units);
        this.registrations = Objects.requireNonNull(registrations);
        this.subjects = Objects.requireNonNull(subjects);
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The batch's subjects (a village's, or a commune's with every unit beneath it) as they stand now. */
    public Sheet sheet(LearningModel model, String batchCode, int year) {
        AdministrativeUnit batch = units.unitOn(batchCode, dateIn(year));
        List<Line> lines = lines(model, batch, year, (registration, set) -> missing(registration, set, model));
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        lines.forEach(line -> counts.merge(line.status(), 1L, Long::sum));
        return new Sheet(batch.code(), batch.name(), lines, counts);
    }

    /**
     * The commune's registrations split as {@link CommuneRecognition#recogniseCommune} would split them
     * if the decision were issued now: verified ones whose points earn the title; and every other one
     * with its reason (points below the title's requirements, not verified, never self-assessed).
     */
    public RecognitionPreview recognition(LearningModel model, String communeCode, int year) {
        AdministrativeUnit commune = batches.commune(communeCode, year);
        List<Line> recognised = new ArrayList<>();
        List<Line> notRecognised = new ArrayList<>();
        for (Line line : lines(model, commune, year, (registration, set) -> recognitionReason(registration, set, model))) {
            if (line.missing() == null) {
                recognised.add(line);
            } else {
                notRecognised.add(line);
            }
        }
        return new RecognitionPreview(commune.name(), recognised, notRecognised);
    }

    private interface Reason {
        String of(Registration registration, CriteriaSet set);
    }

    private List<Line> lines(LearningModel model, AdministrativeUnit batch, int year, Reason reason) {
        List<Registration> found = new ArrayList<>();
        for (UnitId unit : batches.unitsOf(batch, year)) {
            found.addAll(registrations.findByUnitWithoutEvidence(unit, year, model));
        }
        Map<SubjectId, Subject> named = subjects.findByIds(found.stream().map(Registration::subject).toList())
                .stream().collect(Collectors.toMap(Subject::id, Function.identity()));
        Map<CriteriaSetId, CriteriaSet> sets = new HashMap<>();
        Map<UnitId, String> unitNames = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Registration registration : found) {
            CriteriaSet set = sets.computeIfAbsent(registration.criteriaSet(),
                    id -> criteriaSets.findById(id).orElseThrow());
            Subject subject = named.get(registration.subject());
            String unitName = unitNames.computeIfAbsent(registration.unit(),
                    id -> units.unitOn(id, dateIn(year)).name());
            lines.add(new Line(subject == null ? registration.subject().toString() : subject.name(),
                    subject == null ? null : subject.externalId(), unitName, registration.status(),
                    points(registration), reason.of(registration, set)));
        }
        lines.sort(Comparator.comparing(Line::unitName).thenComparing(Line::externalId,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Line::name));
        return lines;
    }

    private static Integer points(Registration registration) {
        // a repository may read a score column it never wrote as empty scores, not as none
        if (registration.verifiedScores() != null && !registration.verifiedScores().isEmpty()) {
            return registration.verifiedScores().total();
        }
        return registration.selfScores() == null || registration.selfScores().isEmpty() ? null
                : registration.selfScores().total();
    }

    /** What the subject's year still lacks, in the officer's words; null when nothing. */
    private static String missing(Registration registration, CriteriaSet set, LearningModel model) {
        return switch (registration.status()) {
            case REGISTERED -> "Chưa tự đánh giá";
            case SELF_ASSESSED -> "Chờ thẩm định" + shortfall(set.classify(registration.selfScores()), model);
            case VERIFIED -> {
                Classification classification = set.classify(registration.verifiedScores());
                yield classification.earnsTitle() ? null : "Chưa đạt: " + String.join("; ", classification.shortfalls());
            }
            case RECOGNISED -> null;
            case NOT_RECOGNISED -> registration.nonRecognitionReason();
        };
    }

    private static String recognitionReason(Registration registration, CriteriaSet set, LearningModel model) {
        return switch (registration.status()) {
            case REGISTERED -> "Chưa tự đánh giá";
            case SELF_ASSESSED -> "Chưa được thẩm định";
            case VERIFIED -> {
                Classification classification = set.classify(registration.verifiedScores());
                yield classification.earnsTitle() ? null : "Chưa đạt danh hiệu " + model.title() + ": "
                        + String.join("; ", classification.shortfalls());
            }
            case RECOGNISED -> null;
            case NOT_RECOGNISED -> registration.nonRecognitionReason();
        };
    }

    private static String shortfall(Classification classification, LearningModel model) {
        return classification.earnsTitle() || classification.shortfalls().isEmpty() ? ""
                : " (chưa đạt: " + String.join("; ", classification.shortfalls()) + ")";
    }

    private LocalDate dateIn(int year) {
        LocalDate today = LocalDate.now(clock);
        if (today.getYear() == year) {
            return today;
        }
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
}
