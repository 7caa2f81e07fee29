package org.learningsociety.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.evidence.EvidenceUploads;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.VillageAssessments;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.api.UnitAccess;
import org.learningsociety.workflow.api.Action;
import org.learningsociety.workflow.api.VillagesController;
import org.learningsociety.workflow.api.bulk.VillageLists;
import org.learningsociety.workflow.cycle.VillageTasks;
import org.springframework.http.ResponseEntity;

/**
 * A village's page for its year: the registered households (or the model's subjects) down, the criteria
 * set's indicators across, to enter the self-assessment or the verification of each, their state, the
 * village's workbook to download and send back, each household's evidence files, and the village's open
 * task of the commune's cycle to complete. Every write goes through the library's
 * {@link VillageAssessments}, the service behind {@code PUT /villages/{code}/self-assessments} and
 * {@code /verifications}; the workbook is the one {@link VillagesController} hands out and is read by the
 * API's {@link VillageLists}; the task is completed by the starter's {@link VillageTasks}.
 */
public class VillagePage {

    /** Which scores the grid enters. */
    public enum Step {
        SELF_ASSESSMENT("tu-danh-gia", "Tự đánh giá"), VERIFICATION("tham-dinh", "Thẩm định");

        private final String slug;
        private final String title;

        Step(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }

        static Optional<Step> of(String slug) {
            for (Step step : values()) {
                if (step.slug.equals(slug)) {
                    return Optional.of(step);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern SCORE_FIELD = Pattern.compile("\\[([^\\]]+)\\]\\.points$");

    private final VillageAssessments assessments;
    private final VillagesController villages;
    private final VillageLists lists;
    private final VillageTasks villageTasks;
    private final EvidenceUploads evidence;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final Clock clock;

    VillagePage(VillageAssessments assessments, VillagesController villages, VillageLists lists,
            VillageTasks villageTasks, EvidenceUploads evidence, UnitDirectory units, UnitAccess access, Clock clock) {
        this.assessments = Objects.requireNonNull(assessments);
        this.villages = Objects.requireNonNull(villages);
        this.lists = Objects.requireNonNull(lists);
        this.villageTasks = Objects.requireNonNull(villageTasks);
        this.evidence = Objects.requireNonNull(evidence);
        this.units = Objects.requireNonNull(units);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /** An indicator, a column of the grid. */
    public record Column(String code, String name, int max, boolean evidenceRequired) { }

    /** A cell: what is stored or was typed, and why it was refused. */
    public record Cell(String code, String value, String error) { }

    /** A household's row: its state and cells, and the refusal of the row. */
    public record Row(int number, long registrationId, String externalId, String name, String status, String points,
            String missing, int evidenceCount, List<Cell> cells, String note, String error) { }

    /** A refused row of an uploaded workbook, named. */
    public record Refused(int row, String household, String field, String value, String detail) { }

    /**
     * The page.
     *
     * @param refusal why nothing can be shown (outside the officer's units, unknown village); {@code null} otherwise
     * @param message what the last action did, {@code null} when none
     * @param error why the last action was refused as a whole, {@code null} when it was not
     */
    public record Page(String villageCode, String villageName, int year, LearningModel model, Step step,
            List<Column> columns, List<Row> rows, VillageTasks.VillageTask task, String refusal, String message,
            String error, List<Refused> refused) {

        public boolean anyRowError() {
            return rows.stream().anyMatch(r -> r.error() != null);
        }

        public long done() {
            RegistrationStatus waiting = step == Step.SELF_ASSESSMENT ? RegistrationStatus.REGISTERED
                    : RegistrationStatus.SELF_ASSESSED;
            return rows.stream().filter(r -> !r.status().equals(waiting.vietnameseName())).count();
        }

        public String query() {
            return "nam=" + year + "&mo-hinh=" + model.name() + "&buoc=" + step.slug();
        }
    }

    /** Thrown when the officer may not see the village: a 403 page. */
    static class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    /** The village's page as stored. */
    Page page(String villageCode, int year, LearningModel model, String stepSlug, String officer, String message,
            String error) {
        View view = view(villageCode, year, model, stepSlug, officer);
        return view.page(view.rows(Map.of(), Map.of(), null), message, error, List.of());
    }

    /** Saves the grid: the rows whose cells differ from what is stored, all of them or none. */
    Page save(String villageCode, int year, LearningModel model, String stepSlug, String officer,
            Map<String, String> form) {
        View view = view(villageCode, year, model, stepSlug, officer);
        requireStepAction(view, villageCode, officer);
        List<VillageAssessments.Row> sent = new ArrayList<>();
        Map<Integer, String> rowErrors = new HashMap<>();
        Map<String, String> cellErrors = new HashMap<>();
        List<VillageAssessments.Entry> entries = view.sheet.entries();
        for (int i = 0; i < entries.size(); i++) {
            VillageAssessments.Entry entry = entries.get(i);
            long id = entry.registration().id().value();
            Scores shown = view.shownScores(entry.registration());
            boolean changed = false;
            boolean any = false;
            List<VillageAssessments.Score> scores = new ArrayList<>();
            for (Indicator indicator : view.sheet.set().indicators()) {
                String typed = form.getOrDefault(cellName(id, indicator.code()), "").strip();
                Integer stored = shown.isEmpty() ? null : shown.pointsFor(indicator.code());
                if (!typed.equals(stored == null ? "" : stored.toString())) {
                    changed = true;
                }
                if (typed.isEmpty()) {
                    continue;
                }
                any = true;
                try {
                    scores.add(new VillageAssessments.Score(indicator.code(), Integer.valueOf(typed)));
                } catch (NumberFormatException e) {
                    cellErrors.put(cellName(id, indicator.code()), "Điểm phải là một số nguyên");
                    rowErrors.putIfAbsent(i + 1, "Chỉ số " + indicator.code() + ": điểm phải là một số nguyên");
                }
            }
            String note = form.getOrDefault("ghi-chu_" + id, "").strip();
            if (view.step == Step.VERIFICATION && !note.equals(Objects.toString(entry.registration().verificationNote(), ""))) {
                changed = true;
            }
            if (changed && (any || !shown.isEmpty())) {
                sent.add(new VillageAssessments.Row(i + 1, entry.subject().externalId(), scores, null,
                        note.isEmpty() ? null : note));
            }
        }
        if (rowErrors.isEmpty() && !sent.isEmpty()) {
            try {
                if (view.step == Step.SELF_ASSESSMENT) {
                    assessments.selfAssess(villageCode, year, model, sent);
                } else {
                    assessments.verify(villageCode, year, model, sent, officer);
                }
                View stored = view(villageCode, year, model, stepSlug, officer);
                return stored.page(stored.rows(Map.of(), Map.of(), null), "Đã lưu " + sent.size() + " hộ.", null,
                        List.of());
            } catch (RowsRefusedException e) {
                for (RowRefusal refusal : e.rows()) {
                    rowErrors.merge(refusal.row(), refusal.detail(), (a, b) -> a + "; " + b);
                    Matcher cell = SCORE_FIELD.matcher(Objects.toString(refusal.field(), ""));
                    if (cell.find() && refusal.row() >= 1 && refusal.row() <= entries.size()) {
                        cellErrors.put(cellName(entries.get(refusal.row() - 1).registration().id().value(),
                                cell.group(1)), refusal.detail());
                    }
                }
            } catch (LearningSocietyException e) {
                return view.page(view.rows(form, cellErrors, rowErrors), null, message(e), List.of());
            }
        }
        if (rowErrors.isEmpty()) {
            return view.page(view.rows(Map.of(), Map.of(), null), "Không có điểm nào thay đổi.", null, List.of());
        }
        return view.page(view.rows(form, cellErrors, rowErrors), null, "Chưa lưu: " + rowErrors.size()
                + " hộ bị từ chối, không hộ nào được lưu. Xem lý do ở từng dòng bên dưới.", List.of());
    }

    /** The village's workbook as the API hands it out: the step's scores pre-filled, to fill and upload. */
    ResponseEntity<byte[]> workbook(String villageCode, int year, LearningModel model, String stepSlug,
            String officer) {
        View view = view(villageCode, year, model, stepSlug, officer);
        return view.step == Step.SELF_ASSESSMENT ? villages.selfAssessmentTemplate(villageCode, year, model)
                : villages.verificationTemplate(villageCode, year, model);
    }

    /** Stores a filled workbook through the API's import path, all rows or none; a refused row is named. */
    Page upload(String villageCode, int year, LearningModel model, String stepSlug, String officer, byte[] workbook) {
        View view = view(villageCode, year, model, stepSlug, officer);
        requireStepAction(view, villageCode, officer);
        Map<String, String> names = new HashMap<>();
        view.sheet.entries().forEach(e -> names.put(e.subject().externalId(), e.subject().name()));
        List<VillageAssessments.Row> rows = List.of();
        try {
            rows = lists.assessments(VillageLists.Format.XLSX, workbook);
            List<org.learningsociety.core.shared.RowOutcome> outcomes = view.step == Step.SELF_ASSESSMENT
                    ? assessments.selfAssess(villageCode, year, model, rows)
                    : assessments.verify(villageCode, year, model, rows, officer);
            long updated = outcomes.stream().filter(o -> o.outcome() == org.learningsociety.core.shared.RowOutcome
                    .Change.UPDATED).count();
            View stored = view(villageCode, year, model, stepSlug, officer);
            return stored.page(stored.rows(Map.of(), Map.of(), null), "Đã nhận tệp: " + outcomes.size()
                    + " dòng, " + updated + " hộ được cập nhật.", null, List.of());
        } catch (RowsRefusedException e) {
            Map<Integer, String> byRow = new HashMap<>();
            rows.forEach(r -> byRow.put(r.row(), r.externalId()));
            List<Refused> refused = e.rows().stream().map(r -> {
                String id = byRow.get(r.row());
                String household = id == null ? "" : names.containsKey(id) ? id + " – " + names.get(id) : id;
                Matcher cell = SCORE_FIELD.matcher(Objects.toString(r.field(), ""));
                String field = cell.find() ? "Chỉ số " + cell.group(1) : "externalId".equals(r.field())
                        ? "Mã định danh" : r.field();
                return new Refused(r.row(), household, field, r.value(), r.detail());
            }).toList();
            return view.page(view.rows(Map.of(), Map.of(), null), null, "Tệp bị từ chối, không dòng nào được lưu: "
                    + refused.size() + " dòng có lỗi.", refused);
        } catch (LearningSocietyException e) {
            return view.page(view.rows(Map.of(), Map.of(), null), null, "Tệp bị từ chối, không dòng nào được lưu: "
                    + message(e), List.of());
        }
    }

    /** Completes the village's open task of the commune's cycle; refused while a household is not done. */
    Page complete(String villageCode, int year, LearningModel model, String stepSlug, String officer) {
        View view = view(villageCode, year, model, stepSlug, officer);
        try {
            Page shown = view.page(view.rows(Map.of(), Map.of(), null), null, null, List.of());
            VillageTasks.VillageTask done = villageTasks.complete(view.cycle, villageCode, officer, shown.rows().size(),
                    "Hoàn thành từ trang thôn");
            View after = view(villageCode, year, model, stepSlug, officer);
            return after.page(after.rows(Map.of(), Map.of(), null), "Đã hoàn thành công việc “" + done.name() + "”.",
                    null, List.of());
        } catch (LearningSocietyException e) {
            return view.page(view.rows(Map.of(), Map.of(), null), null, message(e), List.of());
        } catch (org.learningsociety.workflow.cycle.TaskRefusedException e) {
            return view.page(view.rows(Map.of(), Map.of(), null), null, e.getMessage(), List.of());
        } catch (ProcessEngineException e) {
            return view.page(view.rows(Map.of(), Map.of(), null), null, "Chưa hoàn thành được công việc: "
                    + e.getMessage(), List.of());
        }
    }

    /** A household's evidence, as its registration cites it. */
    public record EvidenceItem(String indicator, String indicatorName, String title, String reference, String fileName,
            boolean url) { }

    /** The households' evidence files; {@code registrationId} narrows it to one. */
    public record EvidencePage(Page village, List<HouseholdEvidence> households) { }

    public record HouseholdEvidence(long registrationId, String externalId, String name, List<EvidenceItem> items) { }

    EvidencePage evidence(String villageCode, int year, LearningModel model, Long registrationId, String officer) {
        View view = view(villageCode, year, model, null, officer);
        List<HouseholdEvidence> households = new ArrayList<>();
        for (VillageAssessments.Entry entry : view.sheet.entries()) {
            if (registrationId != null && entry.registration().id().value() != registrationId) {
                continue;
            }
            List<EvidenceItem> items = entry.registration().evidence().stream().map(e -> item(view.sheet.set(), e))
                    .toList();
            households.add(new HouseholdEvidence(entry.registration().id().value(), entry.subject().externalId(),
                    entry.subject().name(), items));
        }
        return new EvidencePage(view.page(view.rows(Map.of(), Map.of(), null), null, null, List.of()), households);
    }

    /** A file a household of the village cites, by its stored name; empty when it cites none such. */
    Optional<EvidenceUploads.Download> evidenceFile(String villageCode, int year, LearningModel model,
            long registrationId, String name, String officer) throws IOException {
        View view = view(villageCode, year, model, null, officer);
        for (VillageAssessments.Entry entry : view.sheet.entries()) {
            if (entry.registration().id().value() == registrationId) {
                access.requireAccess(entry.registration().unit());
                return evidence.open(entry.registration(), name);
            }
        }
        return Optional.empty();
    }

    private static EvidenceItem item(CriteriaSet set, Evidence e) {
        String reference = e.reference();
        String name = reference.contains("/") ? reference.substring(reference.lastIndexOf('/') + 1) : reference;
        boolean url = reference.startsWith("http://") || reference.startsWith("https://");
        boolean stored = reference.startsWith("ls-evidence:");
        return new EvidenceItem(e.indicator(), set.indicator(e.indicator()).map(Indicator::name).orElse(""),
                e.title() == null ? "" : e.title(), reference, stored ? name : null, url);
    }

    /**
     * Storing the step's scores is the library's {@code self-assess} or {@code verify} action: the officer's
     * role in a unit reaching the village must be granted it (the permission matrix), as the API's own
     * village endpoints require.
     */
    private void requireStepAction(View view, String villageCode, String officer) {
        Action action = view.step == Step.SELF_ASSESSMENT ? Action.SELF_ASSESS : Action.VERIFY;
        try {
            access.requireAccess(villageCode, LocalDate.now(clock), action);
        } catch (OutOfScopeException e) {
            throw new Forbidden("Tài khoản " + officer + " không được lưu điểm các hộ của thôn " + villageCode
                    + ": " + e.getMessage());
        }
    }

    // --- the village as stored --------------------------------------------------------------------

    private View view(String villageCode, int year, LearningModel model, String stepSlug, String officer) {
        try {
            access.requireAccess(villageCode, LocalDate.now(clock));
        } catch (OutOfScopeException e) {
            throw new Forbidden("Tài khoản " + officer + " không được xem, chấm điểm các hộ của thôn " + villageCode
                    + ": thôn không thuộc đơn vị của bạn.");
        }
        VillageAssessments.Sheet sheet = assessments.sheet(villageCode, year, model);
        String commune = units.unitOn(sheet.village().parent(), LocalDate.now(clock)).code();
        CycleKey cycle = new CycleKey(model, year, commune);
        VillageTasks.VillageTask task = villageTasks.openTask(cycle, villageCode, officer).orElse(null);
        Step step = Step.of(stepSlug).orElseGet(() -> {
            if (task != null) {
                return "verifyBatch".equals(task.taskDefinitionKey()) ? Step.VERIFICATION : Step.SELF_ASSESSMENT;
            }
            boolean awaiting = sheet.entries().stream()
                    .anyMatch(e -> e.registration().status() == RegistrationStatus.SELF_ASSESSED);
            return awaiting ? Step.VERIFICATION : Step.SELF_ASSESSMENT;
        });
        return new View(sheet, cycle, task, step);
    }

    private static String cellName(long registrationId, String indicator) {
        return "diem_" + registrationId + "_" + indicator;
    }

    /** The refusal without the programs' "(trường: …, giá trị: …)" tail. */
    private static String message(LearningSocietyException e) {
        String message = e.getMessage();
        int tail = message.lastIndexOf(" (trường: ");
        return tail > 0 ? message.substring(0, tail) : message;
    }

    private final class View {
        final VillageAssessments.Sheet sheet;
        final CycleKey cycle;
        final VillageTasks.VillageTask task;
        final Step step;

        View(VillageAssessments.Sheet sheet, CycleKey cycle, VillageTasks.VillageTask task, Step step) {
            this.sheet = sheet;
            this.cycle = cycle;
            this.task = task;
            this.step = step;
        }

        /** The scores the grid shows for the step: the verified ones, or the self-assessed until verified. */
        Scores shownScores(Registration r) {
            if (step == Step.SELF_ASSESSMENT) {
                return r.selfAssessedAt() == null ? Scores.empty() : r.selfScores();
            }
            return r.verifiedAt() != null ? r.verifiedScores() : r.selfAssessedAt() == null ? Scores.empty()
                    : r.selfScores();
        }

        List<Row> rows(Map<String, String> typed, Map<String, String> cellErrors, Map<Integer, String> rowErrors) {
            List<Row> rows = new ArrayList<>();
            List<VillageAssessments.Entry> entries = sheet.entries();
            for (int i = 0; i < entries.size(); i++) {
                Registration r = entries.get(i).registration();
                long id = r.id().value();
                Scores shown = shownScores(r);
                List<Cell> cells = new ArrayList<>();
                for (Indicator indicator : sheet.set().indicators()) {
                    String name = cellName(id, indicator.code());
                    Integer stored = shown.isEmpty() ? null : shown.pointsFor(indicator.code());
                    cells.add(new Cell(indicator.code(), typed.getOrDefault(name, stored == null ? "" : stored.toString()),
                            cellErrors.get(name)));
                }
                String note = typed.getOrDefault("ghi-chu_" + id, Objects.toString(r.verificationNote(), ""));
                rows.add(new Row(i + 1, id, entries.get(i).subject().externalId(), entries.get(i).subject().name(),
                        r.status().vietnameseName() + (r.selfAssessedLate() ? " (nộp muộn)" : ""), points(r),
                        missing(r), r.evidence().size(), cells, note, rowErrors == null ? null : rowErrors.get(i + 1)));
            }
            return rows;
        }

        private String points(Registration r) {
            if (r.verifiedAt() != null) {
                return r.verifiedScores().total() + " (thẩm định)";
            }
            return r.selfAssessedAt() != null ? r.selfScores().total() + " (tự đánh giá)" : "";
        }

        /** What the household's year still lacks for the step: scores, evidence, a verification. */
        private String missing(Registration r) {
            List<String> missing = new ArrayList<>();
            if (r.selfAssessedAt() == null) {
                missing.add("chưa tự đánh giá");
            } else {
                List<String> evidenced = r.evidence().stream().map(Evidence::indicator).toList();
                List<String> lacking = sheet.set().indicators().stream().filter(Indicator::evidenceRequired)
                        .filter(i -> Optional.ofNullable(r.selfScores().pointsFor(i.code())).orElse(0) > 0)
                        .map(Indicator::code).filter(code -> !evidenced.contains(code)).toList();
                if (!lacking.isEmpty()) {
                    missing.add("thiếu minh chứng chỉ số " + String.join(", ", lacking));
                }
                if (r.verifiedAt() == null) {
                    missing.add("chưa thẩm định");
                }
            }
            return String.join("; ", missing);
        }

        Page page(List<Row> rows, String message, String error, List<Refused> refused) {
            List<Column> columns = sheet.set().indicators().stream().map(i -> new Column(i.code(), i.name(),
                    i.maxPoints(), i.evidenceRequired())).toList();
            return new Page(sheet.village().code(), sheet.village().name(), cycle.year(), cycle.model(), step, columns,
                    rows, task, null, message, error, refused);
        }
    }
}
