package org.learningsociety.workflow.cycle;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.learningsociety.core.campaign.BatchWork;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.subject.LearningModel;

/**
 * {@code ${taskWorkListener}}: fills the variables a cycle task's form shows its work with, from the core
 * at the moment the task is created, claimed or assigned, or changed (the events {@code create},
 * {@code assignment} and {@code update}), so that a form shows the batch as it stands when the officer
 * takes it up, not as it stood when the task was made. As task-local variables, Markdown that a form-js
 * {@code text} component shows through {@code {{…}}}:
 * <ul>
 *   <li>{@value #WORK}: a village's or commune's subjects (name, status, points, what is missing) with
 *       the counts by status, or for the recognition task the list the decision would recognise and the
 *       one it would not, with each reason;</li>
 *   <li>{@value #WORK_LINK}: a link to the portal's page for the village or to the draft annex, from
 *       {@code learning-society.tasklist.*}; empty when the portal sets none;</li>
 *   <li>{@value #OFFERS_NEVER_SELF_ASSESSED}: whether a village's self-assessment task offers to close
 *       the village with the subjects that never self-assessed (some are still only registered).</li>
 * </ul>
 * A failure to read is shown in the form, never refuses the task.
 */
public class TaskWorkListener implements TaskListener {

    /** The Markdown of the batch's subjects or the recognition's lists. */
    public static final String WORK = "work";
    /** The Markdown link to the portal's page, or empty. */
    public static final String WORK_LINK = "workLink";
    /** Whether the form offers to close the village with the subjects that never self-assessed. */
    public static final String OFFERS_NEVER_SELF_ASSESSED = "offersNeverSelfAssessed";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final BatchWork work;
    private final Clock clock;
    private final ZoneId zone;
    private final String villagePageUrl;
    private final String annexUrl;

    public TaskWorkListener(BatchWork work, Clock clock, ZoneId zone, String villagePageUrl, String annexUrl) {
        this.work = Objects.requireNonNull(work);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.villagePageUrl = blankToNull(villagePageUrl);
        this.annexUrl = blankToNull(annexUrl);
    }

    @Override
    public void notify(DelegateTask task) {
        String text;
        String link = "";
        LearningModel model = Variables.model(task);
        int year = Variables.year(task);
        try {
            if ("recogniseCommune".equals(task.getTaskDefinitionKey())) {
                String commune = Variables.unitCode(task);
                text = recognition(work.recognition(model, commune, year), model);
                if (annexUrl != null) {
                    link = "[Tải dự thảo phụ lục danh sách công nhận (.xlsx)](" + fill(annexUrl, task, commune, year, model)
                            + ")";
                }
            } else {
                Object batch = task.getVariable(CycleVariables.BATCH_CODE);
                String code = batch != null ? batch.toString() : Variables.unitCode(task);
                BatchWork.Sheet sheet = work.sheet(model, code, year);
                text = sheet(sheet, model);
                task.setVariableLocal(OFFERS_NEVER_SELF_ASSESSED, "selfAssessBatch".equals(task.getTaskDefinitionKey())
                        && sheet.count(RegistrationStatus.REGISTERED) > 0);
                if (villagePageUrl != null) {
                    link = "[Mở trang " + escape(sheet.unitName()) + " để nhập, thẩm định điểm]("
                            + fill(villagePageUrl, task, code, year, model) + ")";
                }
            }
        } catch (LearningSocietyException e) {
            text = "Không đọc được danh sách: " + escape(e.getMessage());
        }
        if (text.length() > LIMIT) {
            text = text.substring(0, LIMIT) + "…";
        }
        task.setVariableLocal(WORK, text + "\n\n*Số liệu lúc " + ZonedDateTime.now(clock).withZoneSameInstant(zone)
                .format(STAMP) + " (cập nhật khi nhận hoặc giao việc; mở lại công việc để xem số liệu mới).*");
        task.setVariableLocal(WORK_LINK, link);
    }

    private static String sheet(BatchWork.Sheet sheet, LearningModel model) {
        StringBuilder md = new StringBuilder();
        md.append("#### ").append(escape(sheet.unitName())).append(": ").append(sheet.lines().size())
                .append(" hồ sơ ").append(model.title()).append("\n\n");
        StringBuilder counts = new StringBuilder();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            if (sheet.count(status) > 0) {
                counts.append(counts.isEmpty() ? "" : " · ").append(status.vietnameseName()).append(": ")
                        .append(sheet.count(status));
            }
        }
        if (!counts.isEmpty()) {
            md.append(counts).append("\n\n");
        }
        if (sheet.lines().isEmpty()) {
            return md.append("Chưa có hồ sơ nào đăng ký.").toString();
        }
        md.append("| STT | ").append(subjectNoun(model)).append(" | Mã | Tình trạng | Điểm | Còn thiếu |\n")
                .append("|---:|---|---|---|---:|---|\n");
        int n = 0;
        for (BatchWork.Line line : sheet.lines()) {
            String row = "| " + (n + 1) + " | " + escape(line.name()) + " | " + escape(line.externalId()) + " | "
                    + line.status().vietnameseName() + " | " + (line.points() == null ? "–" : line.points()) + " | "
                    + (line.missing() == null ? "" : escape(line.missing())) + " |\n";
            if (md.length() + row.length() > LIMIT) {
                return md.append(more(sheet.lines().size() - n)).toString();
            }
            md.append(row);
            n++;
        }
        return md.toString();
    }

    private static String recognition(BatchWork.RecognitionPreview preview, LearningModel model) {
        StringBuilder md = new StringBuilder();
        md.append("#### Danh sách được công nhận ").append(model.title()).append(" (")
                .append(preview.recognised().size()).append(")\n\n");
        table(md, preview.recognised(), model, false, preview.notRecognised().isEmpty() ? LIMIT : LIMIT / 2);
        md.append("\n#### Không được công nhận (").append(preview.notRecognised().size()).append(")\n\n");
        table(md, preview.notRecognised(), model, true, LIMIT);
        return md.toString();
    }

    /**
     * The most characters {@value #WORK} holds before its time stamp: the engine stores a {@code String}
     * variable in a 4,000-character column (a commune of a few hundred households makes a longer table).
     */
    static final int LIMIT = 3_700;

    /** The line that stands for the rows left out to keep within {@link #LIMIT}. */
    private static String more(int left) {
        return "\n*… và " + left + " hồ sơ nữa: xem đủ trên trang của thôn hoặc trong dự thảo phụ lục.*\n";
    }

    private static void table(StringBuilder md, List<BatchWork.Line> lines, LearningModel model, boolean reasons,
            int limit) {
        if (lines.isEmpty()) {
            md.append("Không có.\n");
            return;
        }
        md.append("| STT | ").append(subjectNoun(model)).append(" | Thôn, tổ dân phố | Điểm |")
                .append(reasons ? " Lý do |\n|---:|---|---|---:|---|\n" : "\n|---:|---|---|---:|\n");
        int n = 0;
        for (BatchWork.Line line : lines) {
            String row = "| " + (n + 1) + " | " + escape(line.name()) + " | " + escape(line.unitName()) + " | "
                    + (line.points() == null ? "–" : line.points()) + " |"
                    + (reasons ? " " + escape(line.missing()) + " |" : "") + "\n";
            if (md.length() + row.length() > limit) {
                md.append(more(lines.size() - n));
                return;
            }
            md.append(row);
            n++;
        }
    }

    static String subjectNoun(LearningModel model) {
        return switch (model) {
            case FAMILY -> "Hộ gia đình";
            case CLAN -> "Dòng họ";
            case COMMUNITY -> "Cộng đồng";
            case UNIT -> "Đơn vị";
            case CITIZEN -> "Công dân";
        };
    }

    private static String fill(String template, DelegateTask task, String code, int year, LearningModel model) {
        return template.replace("{villageCode}", code).replace("{communeCode}", Variables.unitCode(task))
                .replace("{year}", Integer.toString(year)).replace("{model}", model.name())
                .replace("{businessKey}", model.name() + ":" + year + ":" + Variables.unitCode(task));
    }

    /** Text from the records as Markdown shows it literally inside a table cell. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;").replace(">", "&gt;")
                .replace("`", "\\`").replace("\n", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
