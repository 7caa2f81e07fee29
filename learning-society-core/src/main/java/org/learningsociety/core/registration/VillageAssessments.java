package org.learningsociety.core.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.shared.RowOutcome;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.subject.VillageSubjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;

/**
 * A village's assessments for a year, sent at once: the self-assessments of its registered subjects,
 * or the points the verifying body finds for them. In one transaction, all rows or none: a row naming
 * a subject that is unknown, of another unit, not registered for the year or named twice, an indicator
 * not in the criteria set, points over its maximum, a year already past the step refuses the list, every
 * such row listed. A row as already stored is left unchanged, so a list sent again changes nothing.
 * Self-assessments after the commune's window closed are kept and marked late.
 */
public class VillageAssessments {

    private final YearlyRecords records;
    private final SelfAssessing selfAssessing;
    private final Verifying verifying;
    private final Subjects subjects;
    private final AdministrativeUnits units;
    private final SelfAssessmentWindow window;

    public VillageAssessments(YearlyRecords records, SelfAssessing selfAssessing, Verifying verifying,
            Subjects subjects, AdministrativeUnits units, SelfAssessmentWindow window) {
        this.records = Objects.requireNonNull(records);
        this.selfAssessing = Objects.requireNonNull(selfAssessing);
        this.verifying = Objects.requireNonNull(verifying);
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.window = Objects.requireNonNull(window);
    }

    public record Score(String indicator, Integer points) { }

    public record EvidenceItem(String indicator, String reference, String title) { }

    /**
     * A row of the list. {@code evidence} {@code null} keeps a self-assessment's stored evidence (a
     * spreadsheet carries none); a verification keeps the evidence as self-assessed whatever it says.
     * The {@code note} is the verification's; a self-assessment has none to keep.
     */
    public record Row(int row, String externalId, List<Score> scores, List<EvidenceItem> evidence, String note) { }

    /** A registered subject of the village and its year. */
    public record Entry(Subject subject, Registration registration) { }

    /** A village's registered subjects for a year, by subject id, and the criteria set they are scored against. */
    public record Sheet(AdministrativeUnit village, CriteriaSet set, List<Entry> entries) { }

    /** What a village's list of assessments starts from: its registered subjects and their set. */
    public Sheet sheet(String villageCode, int year, LearningModel model) {
        if (model == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
        }
        AdministrativeUnit village = VillageSubjects.village(units, villageCode, LocalDate.now(records.clock()));
        List<Registration> registered = records.registrations().findByUnit(village.id(), year, model);
        Map<SubjectId, Subject> byId = new HashMap<>();
        subjects.findByIds(registered.stream().map(Registration::subject).toList()).forEach(s -> byId.put(s.id(), s));
        CriteriaSet set = registered.isEmpty() ? records.criteriaSets().inForce(model, village.level(), year)
                .orElseThrow(() ->
                new NotFoundException("year", year, "Chưa có bộ tiêu chí " + model.title() + " áp dụng cho năm này"))
                : records.setOf(registered.get(0));
        List<Entry> entries = registered.stream().filter(r -> byId.containsKey(r.subject()))
                .sorted(java.util.Comparator.comparingLong(r -> r.subject().value()))
                .map(r -> new Entry(byId.get(r.subject()), r)).toList();
        return new Sheet(village, set, entries);
    }

    public List<RowOutcome> selfAssess(String villageCode, int year, LearningModel model, List<Row> rows) {
        return change(villageCode, year, model, rows, true, (village, changed) -> {
            AdministrativeUnit commune = units.findById(village.parent(), LocalDate.now(records.clock()))
                    .orElseThrow();
            selfAssessing.selfAssessAll(changed.stream().map(c -> new SelfAssessment(c.registration().id(),
                    c.scores(), c.evidence())).toList(), window.closed(model, year, commune.code()));
        });
    }

    public List<RowOutcome> verify(String villageCode, int year, LearningModel model, List<Row> rows, String verifier) {
        return change(villageCode, year, model, rows, false, (village, changed) -> verifying.verifyAll(
                changed.stream().map(c -> new Verification(c.registration().id(), c.scores(), verifier, c.note()))
                        .toList()));
    }

    private record Changed(Registration registration, Scores scores, List<Evidence> evidence, String note) { }

    private interface Write {
        void write(AdministrativeUnit village, List<Changed> changed);
    }

    private List<RowOutcome> change(String villageCode, int year, LearningModel model, List<Row> rows,
            boolean self, Write write) {
        if (model == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
        }
        return records.transactions().inTransaction(() -> {
            AdministrativeUnit village = VillageSubjects.village(units, villageCode,
                    LocalDate.now(records.clock()));
            List<RowRefusal> refused = new ArrayList<>();
            Map<Integer, Subject> named = VillageRows.subjectsOf(rows.stream()
                    .map(r -> new VillageRows.Named(r.row(), r.externalId())).toList(), model, village, subjects, refused);
            Map<SubjectId, Registration> registered = new HashMap<>();
            records.registrations().findByUnit(village.id(), year, model).forEach(r -> registered.put(r.subject(), r));
            List<Changed> changed = new ArrayList<>();
            List<RowOutcome> outcomes = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Subject subject = named.get(row.row());
                if (subject == null) {
                    continue;
                }
                Registration registration = registered.get(subject.id());
                if (registration == null) {
                    refused.add(RowRefusal.of(row.row(), "externalId", row.externalId(), subject.name()
                            + " chưa đăng ký danh hiệu " + model.title() + " năm " + year));
                    continue;
                }
                Changed input = input(row, registration, self, refused);
                if (input == null) {
                    continue;
                }
                boolean unchanged = self
                        ? registration.selfAssessedAt() != null && registration.selfScores().equals(input.scores())
                                && sameEvidence(registration.evidence(), input.evidence())
                        : registration.verifiedAt() != null && registration.verifiedScores().equals(input.scores())
                                && Objects.equals(registration.verificationNote(), input.note());
                if (!unchanged) {
                    CriteriaSet set = records.setOf(registration);
                    Outcome allowed = self ? RegistrationPolicies.selfAssessmentAllowed(registration)
                            : RegistrationPolicies.verificationAllowed(registration);
                    Outcome valid = set.check(input.scores(), input.evidence(), "scores");
                    if (reject(row, allowed, refused) || reject(row, valid, refused)) {
                        continue;
                    }
                    changed.add(input);
                }
                outcomes.add(new RowOutcome(row.row(), row.externalId(), registration.id().value(),
                        unchanged ? RowOutcome.Change.UNCHANGED : RowOutcome.Change.UPDATED));
            }
            RowsRefusedException.throwIfAny(refused);
            if (!changed.isEmpty()) {
                write.write(village, changed);
            }
            return outcomes;
        });
    }

    /** The row's scores and evidence, or null with its refusals added. */
    private static Changed input(Row row, Registration registration, boolean self, List<RowRefusal> refused) {
        int before = refused.size();
        Map<String, Integer> points = new LinkedHashMap<>();
        if (row.scores() == null || row.scores().isEmpty()) {
            refused.add(RowRefusal.of(row.row(), "scores", null, "Phải chấm điểm các chỉ số của bộ tiêu chí"));
        } else {
            for (Score score : row.scores()) {
                if (score == null || score.indicator() == null || score.indicator().isBlank()) {
                    refused.add(RowRefusal.of(row.row(), "scores.indicator", null, "Mỗi điểm phải nêu mã chỉ số"));
                } else if (points.containsKey(score.indicator())) {
                    refused.add(RowRefusal.of(row.row(), "scores.indicator", score.indicator(),
                            "Chỉ số được chấm hai lần"));
                } else {
                    points.put(score.indicator(), score.points());
                }
            }
        }
        List<Evidence> evidence = registration.evidence();
        if (self && row.evidence() != null) {
            evidence = new ArrayList<>(row.evidence().size());
            for (EvidenceItem item : row.evidence()) {
                try {
                    evidence.add(new Evidence(item == null ? null : item.indicator(), item == null ? null
                            : item.reference(), item == null ? null : item.title()));
                } catch (InvalidInputException e) {
                    refused.add(RowRefusal.of(row.row(), e));
                }
            }
        }
        return refused.size() > before ? null : new Changed(registration, Scores.of(points), evidence, row.note());
    }

    private static boolean reject(Row row, Outcome outcome, List<RowRefusal> refused) {
        if (outcome instanceof Outcome.Rejected rejected) {
            refused.add(RowRefusal.of(row.row(), rejected.field(), rejected.value(), rejected.reason()));
            return true;
        }
        return false;
    }

    private static boolean sameEvidence(List<Evidence> stored, List<Evidence> sent) {
        return stored.size() == sent.size() && new HashSet<>(stored).equals(new HashSet<>(sent));
    }
}
