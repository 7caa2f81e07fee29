package org.learningsociety.core.referencedata;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.learningsociety.core.plan.Recognition;
import org.learningsociety.core.plan.Target;
import org.learningsociety.core.plan.TaskBody;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Reads a plan file ({@code schema: learning-society/plan/v1}, docs/reference-data.md) into a
 * {@link Plan}, checking it; the first problem fails the read with the file, the line and the reason.
 */
public final class PlanFile {

    public static final String SCHEMA = "learning-society/plan/v1";

    private static final Set<String> TOP = Set.of("schema", "id", "version", "status", "programme", "parent",
            "issuer", "intendedIssuer", "number", "issuedOn", "issuedYear", "signedBy", "title", "scope", "source",
            "additionalSources", "legalBasis", "references", "phases", "organisation", "indicators", "targets",
            "derivation", "awards", "milestones", "timeline", "tasks", "undatedObligations", "recognition");
    private static final Set<String> MILESTONE = Set.of("kind", "level", "from", "to", "fromMonthDay", "monthDay",
            "recurring", "before", "fromYear", "toYear", "statedAs", "description", "period", "chain", "recipient");
    private static final Set<String> MILESTONE_KINDS = Set.of("REGISTRATION", "RECOGNITION", "COMMENDATION",
            "YEARLY_REVIEW", "YEARLY_REPORT", "MIDTERM_REVIEW", "REVIEW_2025", "REVIEW_2030", "HONOURING_CONGRESS",
            "REPORT", "OTHER");
    private static final Set<String> TASK_LEVELS = Set.of("PROVINCE", "DISTRICT", "COMMUNE");
    private static final Set<String> AWARD = Set.of("code", "name", "givenBy", "issuance", "occasions", "statedAs");
    private static final Set<String> LEVELS = Set.of("CENTRE", "PROVINCE", "DISTRICT", "COMMUNE", "UNIT", "ALL");

    private PlanFile() {
    }

    /** Reads the plan file {@code file}, whose {@code id} must be its file name without {@code .yaml}. */
    public static Plan read(String file, InputStream in) {
        return read(file, in, true);
    }

    /**
     * Reads a plan sent rather than shipped (an upload): checked as a file is, except that the
     * {@code id} is bound to {@code file}'s name only when {@code idIsFileName}; otherwise it must be
     * written as the shipped ids are (lower case, digits and hyphens), since it goes into addresses.
     */
    public static Plan read(String file, InputStream in, boolean idIsFileName) {
        YamlTree root = YamlTree.parse(file, in).allowOnly(TOP);
        String schema = root.string("schema");
        if (!SCHEMA.equals(schema)) {
            throw root.required("schema").error("Lược đồ phải là \"" + SCHEMA + "\", nhận được \"" + schema + "\"");
        }
        String id = root.string("id");
        if (!idIsFileName && !id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw root.required("id").error("Mã kế hoạch chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang "
                    + "(tối đa 100 ký tự), nhận được \"" + id + "\"");
        }
        String expectedId = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        if (idIsFileName && !id.equals(expectedId)) {
            throw root.required("id").error("Mã kế hoạch \"" + id + "\" phải trùng tên tệp \"" + expectedId + "\"");
        }
        int version = root.integer("version");
        if (version < 1) {
            throw root.required("version").error("Phiên bản phải từ 1 trở lên");
        }
        YamlTree scopeNode = root.required("scope").allowOnly(Set.of("unitCode", "level", "unitName", "unitValidTo"));
        UnitLevel level = scopeNode.enumValue("level", UnitLevel.class);
        if (level != UnitLevel.CENTRE && level != UnitLevel.PROVINCE) {
            throw scopeNode.required("level").error("Phạm vi kế hoạch phải là CENTRE hoặc PROVINCE");
        }
        PlanScope scope = new PlanScope(scopeNode.string("unitCode"), level);

        Optional<LocalDate> issuedOn = root.optionalDate("issuedOn");
        int issuedYear = issuedOn.map(LocalDate::getYear).orElseGet(() -> root.optionalInteger("issuedYear")
                .orElseThrow(() -> root.errorAt("issuedOn", "Cần \"issuedOn\" hoặc \"issuedYear\"")));

        List<Phase> phases = root.list("phases", node -> {
            node.allowOnly(Set.of("code", "fromYear", "toYear", "name"));
            int from = node.integer("fromYear");
            int to = node.integer("toYear");
            if (to < from) {
                throw node.error("Năm kết thúc giai đoạn " + to + " trước năm bắt đầu " + from);
            }
            return new Phase(node.string("code"), from, to);
        });
        if (phases.isEmpty()) {
            throw root.errorAt("phases", "Kế hoạch phải có ít nhất một giai đoạn (\"phases\")");
        }
        Optional<String> parent = root.optionalString("parent");

        Set<String> indicatorCodes = new HashSet<>();
        List<PlanIndicator> indicators = root.list("indicators", node -> {
            node.allowOnly(Set.of("code", "name", "model", "within", "unit", "source", "enteredBy", "answer",
                    "denominator", "members"));
            String code = node.string("code");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw node.required("code").error("Mã chỉ tiêu phải viết HOA_CÓ_GẠCH_DƯỚI, nhận được \"" + code + "\"");
            }
            if (!indicatorCodes.add(code)) {
                throw node.required("code").error("Mã chỉ tiêu \"" + code + "\" bị trùng");
            }
            LearningModel model = node.optional("model").map(v -> node.enumValue("model", LearningModel.class)).orElse(null);
            LearningModel within = node.optional("within").map(v -> node.enumValue("within", LearningModel.class)).orElse(null);
            IndicatorSource source = node.optional("source").map(v -> node.enumValue("source", IndicatorSource.class))
                    .orElse(null);
            if (source == null && model == null) {
                throw node.error("Chỉ tiêu \"" + code + "\" không gắn với mô hình nào: phải nêu cách đo (\"source\": "
                        + "COMPUTED, ENTERED hoặc NOT_MEASURABLE)");
            }
            if (source == IndicatorSource.COMPUTED && model == null) {
                throw node.required("source").error("Chỉ tiêu \"" + code + "\" không gắn với mô hình nào nên không tính "
                        + "được từ hồ sơ: nêu ENTERED (đơn vị nhập) hoặc NOT_MEASURABLE");
            }
            UnitLevel enteredBy = node.optional("enteredBy").map(v -> node.enumValue("enteredBy", UnitLevel.class))
                    .orElse(null);
            if (source == IndicatorSource.ENTERED && enteredBy == null) {
                throw node.error("Chỉ tiêu \"" + code + "\" do đơn vị nhập: phải nêu cấp nhập (\"enteredBy\")");
            }
            if (enteredBy != null && source != IndicatorSource.ENTERED && within == null) {
                throw node.required("enteredBy").error("Chỉ có chỉ tiêu do đơn vị nhập, hoặc chỉ tiêu “Công dân học tập” "
                        + "(nhập tổng số khi không có danh sách thành viên), mới nêu cấp nhập");
            }
            IndicatorAnswer answer = node.optional("answer").map(v -> node.enumValue("answer", IndicatorAnswer.class))
                    .orElse(null);
            MemberRole members = node.optional("members").map(v -> node.enumValue("members", MemberRole.class))
                    .orElse(null);
            if (members != null && within == null) {
                throw node.required("members").error("Chỉ tiêu \"" + code + "\" không đếm thành viên (thiếu \"within\")");
            }
            return new PlanIndicator(code, node.string("name"), model, within, node.string("unit"), source, enteredBy,
                    answer, node.optionalString("denominator").orElse(null), members);
        });

        Set<String> targetKeys = new HashSet<>();
        int firstYear = phases.stream().mapToInt(Phase::fromYear).min().orElseThrow();
        int lastYear = phases.stream().mapToInt(Phase::toYear).max().orElseThrow();
        List<Target> targets = root.list("targets", node -> {
            node.allowOnly(Set.of("indicator", "year", "value", "areaType", "statedAs"));
            String indicator = node.string("indicator");
            if (!indicatorCodes.contains(indicator) && parent.isEmpty()) {
                throw node.required("indicator").error("Chỉ tiêu \"" + indicator + "\" không có trong \"indicators\"");
            }
            int year = node.integer("year");
            if (year < firstYear || year > lastYear) {
                throw node.required("year").error("Năm " + year + " nằm ngoài các giai đoạn của kế hoạch (" + firstYear
                        + "–" + lastYear + ")");
            }
            BigDecimal value = node.decimal("value");
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw node.required("value").error("Tỷ lệ phải từ 0 đến 100, nhận được " + value.toPlainString());
            }
            String areaType = node.optionalString("areaType").orElse(null);
            if (!targetKeys.add(indicator + "|" + year + "|" + areaType)) {
                throw node.error("Chỉ tiêu \"" + indicator + "\" năm " + year + " được nêu hai lần");
            }
            return new Target(indicator, year, areaType, value, node.optionalString("statedAs").orElse(null));
        });

        DerivationRule rule = root.optional("derivation").map(d -> {
            d.allowOnly(Set.of("rule", "description"));
            String name = d.string("rule");
            return "NONE".equals(name) ? DerivationRule.LINEAR : d.enumValue("rule", DerivationRule.class);
        }).orElse(DerivationRule.LINEAR);

        List<Milestone> milestones = root.list("milestones", node -> milestone(node, firstYear, lastYear));
        Set<Integer> taskNumbers = new HashSet<>();
        List<PlanTask> tasks = root.list("tasks", node -> {
            node.allowOnly(Set.of("no", "name", "lead", "timing", "from", "to", "fromMonthDay", "monthDay",
                    "recurring", "content", "leads", "joins"));
            LocalDate from = node.optionalDate("from").orElse(null);
            LocalDate to = node.optionalDate("to").orElse(null);
            if (from != null && to != null && to.isBefore(from)) {
                throw node.error("Ngày kết thúc " + to + " trước ngày bắt đầu " + from);
            }
            int number = node.integer("no");
            if (!taskNumbers.add(number)) {
                throw node.required("no").error("Số thứ tự nhiệm vụ " + number + " bị trùng");
            }
            boolean recurring = node.bool("recurring", false);
            MonthDay monthDay = monthDay(node, "monthDay");
            if (!recurring && monthDay != null) {
                throw node.required("monthDay").error("Nhiệm vụ một lần (recurring: false) ghi hạn bằng \"to\", "
                        + "không bằng \"monthDay\"");
            }
            List<TaskBody> leads = taskBodies(node, "leads");
            List<TaskBody> joins = taskBodies(node, "joins");
            return new PlanTask(number, node.string("name"), node.optionalString("lead").orElse(null),
                    node.optionalString("timing").orElse(null), from, to, monthDay(node, "fromMonthDay"),
                    monthDay, recurring, node.optionalString("content").orElse(null), leads, joins);
        });

        Recognition recognition = root.optional("recognition").map(node -> {
            node.allowOnly(Set.of("by", "onBehalfOf", "signerTitle", "statedAs"));
            return new Recognition(node.enumValue("by", BodyKind.class), node.optionalString("onBehalfOf").orElse(null),
                    node.optionalString("signerTitle").orElse(null), node.optionalString("statedAs").orElse(null), id);
        }).orElse(null);
        List<AwardForm> awards = root.optional("awards").map(PlanFile::awards).orElse(List.of());

        try {
            return new Plan(id, version, root.enumValue("status", PlanStatus.class), root.string("issuer"),
                    root.optionalString("number").orElse(null), issuedOn.orElse(null), issuedYear, root.string("title"),
                    scope, root.list("legalBasis", YamlTree::text), phases, indicators, targets, rule, milestones,
                    root.string("programme"), parent.orElse(null), tasks, awards, recognition);
        } catch (LearningSocietyException e) {
            throw root.error(e.getMessage());
        }
    }

    /**
     * A task's bodies by kind and level ({@code leads:} or {@code joins:}): each a kind of
     * {@link BodyKind}, its levels (province, district, commune), the plan's words for it, and for a
     * kind without officers the kind with officers that sets its status in the same unit ({@code setBy}).
     */
    private static List<TaskBody> taskBodies(YamlTree task, String key) {
        Set<BodyKind> seen = new HashSet<>();
        return task.list(key, node -> {
            node.allowOnly(Set.of("body", "levels", "name", "setBy"));
            BodyKind kind = bodyKind(node, "body");
            if (!seen.add(kind)) {
                throw node.required("body").error("Cơ quan \"" + kind + "\" được nêu hai lần trong \"" + key
                        + "\" của cùng một nhiệm vụ");
            }
            List<UnitLevel> levels = node.list("levels", level -> {
                String text = level.text().strip();
                if (!TASK_LEVELS.contains(text)) {
                    throw level.error("Cấp \"" + text + "\" không hợp lệ cho nhiệm vụ; phải là một trong "
                            + TASK_LEVELS);
                }
                return UnitLevel.valueOf(text);
            });
            if (levels.isEmpty()) {
                throw node.errorAt("levels", "Cần nêu ít nhất một cấp (\"levels\") của cơ quan \"" + kind + "\"");
            }
            BodyKind setBy = node.optional("setBy").map(v -> bodyKind(node, "setBy")).orElse(null);
            if (setBy != null && !setBy.hasOfficers()) {
                throw node.required("setBy").error("\"setBy\" phải là cơ quan có cán bộ trong hệ thống "
                        + "(ASSOCIATION, PEOPLES_COMMITTEE hoặc EMULATION_BOARD), nhận được \"" + setBy + "\"");
            }
            if (setBy != null && kind.hasOfficers()) {
                throw node.required("setBy").error("Cơ quan \"" + kind + "\" tự cập nhật nhiệm vụ của mình: "
                        + "không nêu \"setBy\"");
            }
            if ("leads".equals(key) && setBy == null && !kind.hasOfficers()) {
                throw node.error("Cơ quan \"" + kind + "\" không có cán bộ trong hệ thống: nêu cơ quan cùng cấp "
                        + "cập nhật tình trạng nhiệm vụ thay (\"setBy\")");
            }
            String name = node.optionalString("name").map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
            return new TaskBody(kind, levels, name, setBy);
        });
    }

    private static BodyKind bodyKind(YamlTree node, String key) {
        String text = node.string(key).strip();
        return BodyKind.of(text).orElseThrow(() -> node.required(key).error("Cơ quan \"" + text
                + "\" không hợp lệ; phải là một trong " + java.util.Arrays.toString(BodyKind.values())));
    }

    /**
     * The plan's forms of award ({@code awards.forms}). A version written before forms were structured
     * ({@code awards.atReviews}, a list of names) is read as forms given at the reviews, coded
     * {@code AT_REVIEW_1}, {@code AT_REVIEW_2}, … in its order, without a giver or an issuance: they are
     * shown, and the rounds give none of them (docs/reference-data.md §6, awards).
     */
    private static List<AwardForm> awards(YamlTree node) {
        node.allowOnly(Set.of("forms", "atReviews"));
        if (node.optional("forms").isPresent() && node.optional("atReviews").isPresent()) {
            throw node.errorAt("atReviews", "Nêu \"forms\" thay cho \"atReviews\" (cách ghi cũ), không nêu cả hai");
        }
        List<YamlTree> legacy = node.list("atReviews");
        if (!legacy.isEmpty()) {
            List<AwardForm> read = new java.util.ArrayList<>();
            for (YamlTree name : legacy) {
                read.add(new AwardForm("AT_REVIEW_" + (read.size() + 1), name.text().strip(), null, null,
                        List.of(AwardForm.REVIEW), null));
            }
            return read;
        }
        Set<String> codes = new HashSet<>();
        return node.list("forms", form -> {
            form.allowOnly(AWARD);
            String code = form.string("code");
            if (!codes.add(code)) {
                throw form.required("code").error("Mã hình thức khen thưởng \"" + code + "\" bị trùng");
            }
            YamlTree givenNode = form.required("givenBy").allowOnly(Set.of("body", "level"));
            List<String> occasions = form.list("occasions", o -> o.text().strip());
            if (occasions.isEmpty()) {
                throw form.errorAt("occasions", "Phải nêu dịp khen thưởng (\"occasions\": một hoặc nhiều trong "
                        + AwardForm.OCCASIONS + ")");
            }
            try {
                return new AwardForm(code, form.string("name"),
                        new AwardForm.GivenBy(givenNode.string("body"), givenNode.string("level")),
                        form.enumValue("issuance", AwardForm.Issuance.class), occasions,
                        form.optionalString("statedAs").orElse(null));
            } catch (LearningSocietyException e) {
                throw form.error(e.getMessage());
            }
        });
    }

    private static Milestone milestone(YamlTree node, int firstYear, int lastYear) {
        node.allowOnly(MILESTONE);
        String kind = node.string("kind");
        if (!MILESTONE_KINDS.contains(kind)) {
            throw node.required("kind").error("Loại mốc \"" + kind + "\" không hợp lệ; phải là một trong " + MILESTONE_KINDS);
        }
        String level = node.string("level");
        if (!LEVELS.contains(level)) {
            throw node.required("level").error("Cấp \"" + level + "\" không hợp lệ; phải là một trong " + LEVELS);
        }
        boolean recurring = node.bool("recurring", false);
        LocalDate from = node.optionalDate("from").orElse(null);
        LocalDate to = node.optionalDate("to").orElse(null);
        MonthDay fromMonthDay = monthDay(node, "fromMonthDay");
        MonthDay monthDay = monthDay(node, "monthDay");
        if (recurring && monthDay == null) {
            throw node.error("Mốc hằng năm cần \"monthDay\" (dạng \"MM-dd\")");
        }
        if (!recurring && from == null && to == null) {
            throw node.error("Mốc một lần cần \"from\" và/hoặc \"to\"");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw node.error("Ngày kết thúc " + to + " trước ngày bắt đầu " + from);
        }
        String period = node.optionalString("period").map(text -> reportPeriod(node, text, kind, recurring,
                firstYear, lastYear)).orElse(null);
        org.learningsociety.core.plan.ReportChain chain = node.optional("chain")
                .map(value -> reportChain(node, value.text(), kind)).orElse(null);
        String recipient = node.optional("recipient")
                .map(value -> recipient(node, value.text(), kind)).orElse(null);
        return new Milestone(kind, level, from, to, fromMonthDay, monthDay, recurring, node.bool("before", false),
                node.optionalInteger("fromYear").orElse(null), node.optionalInteger("toYear").orElse(null),
                node.optionalString("statedAs").orElse(null), node.optionalString("description").orElse(null), period,
                chain, recipient);
    }

    /** The chain a report milestone names: ASSOCIATION or STATE, and only on a milestone that dates a report. */
    private static org.learningsociety.core.plan.ReportChain reportChain(YamlTree node, String text, String kind) {
        YamlTree field = node.required("chain");
        if (!Milestone.REPORT_KINDS.contains(kind)) {
            throw field.error("Chỉ mốc báo cáo (" + String.join(", ", new java.util.TreeSet<>(Milestone.REPORT_KINDS))
                    + ") mới nêu hệ thống báo cáo (\"chain\"); mốc " + kind + " không phải mốc báo cáo");
        }
        return org.learningsociety.core.plan.ReportChain.parse(text).orElseThrow(() -> field.error(
                "Hệ thống báo cáo \"" + text + "\" không hợp lệ; phải là ASSOCIATION (hệ thống Hội Khuyến học)"
                        + " hoặc STATE (hệ thống chính quyền)"));
    }

    /** The body a report milestone's report goes to, as the plan names it: not blank, only on a report milestone. */
    private static String recipient(YamlTree node, String text, String kind) {
        YamlTree field = node.required("recipient");
        if (!Milestone.REPORT_KINDS.contains(kind)) {
            throw field.error("Chỉ mốc báo cáo (" + String.join(", ", new java.util.TreeSet<>(Milestone.REPORT_KINDS))
                    + ") mới nêu nơi nhận báo cáo (\"recipient\"); mốc " + kind + " không phải mốc báo cáo");
        }
        if (text.isBlank()) {
            throw field.error("Nơi nhận báo cáo (\"recipient\") không được để trống");
        }
        return text.strip();
    }

    /**
     * The report period a one-off REPORT dates: a year ({@code 2024}) or a span of years
     * ({@code 2021-2030}) within the plan's years, written as a report's period is.
     */
    private static String reportPeriod(YamlTree node, String text, String kind, boolean recurring, int firstYear,
            int lastYear) {
        YamlTree field = node.required("period");
        if (!Milestone.REPORT.equals(kind) || recurring) {
            throw field.error("Chỉ mốc báo cáo một lần (kind: REPORT, recurring: false) mới nêu kỳ báo cáo "
                    + "(\"period\"); mốc hằng năm đã áp dụng cho từng năm");
        }
        java.util.regex.Matcher years = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4}))?").matcher(text.strip());
        if (!years.matches()) {
            throw field.error("Kỳ báo cáo phải là một năm (2025) hoặc một giai đoạn (2021-2030), nhận được \""
                    + text + "\"");
        }
        int from = Integer.parseInt(years.group(1));
        int to = years.group(2) == null ? from : Integer.parseInt(years.group(2));
        if (to < from) {
            throw field.error("Kỳ báo cáo " + text + ": năm kết thúc trước năm bắt đầu");
        }
        if (from < firstYear || to > lastYear) {
            throw field.error("Kỳ báo cáo " + text + " nằm ngoài các năm của kế hoạch (" + firstYear + "–"
                    + lastYear + ")");
        }
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    private static MonthDay monthDay(YamlTree node, String key) {
        return node.optionalString(key).map(text -> {
            try {
                return MonthDay.parse("--" + text);
            } catch (DateTimeParseException e) {
                throw node.required(key).error("Trường \"" + key + "\" phải có dạng \"MM-dd\", nhận được \"" + text + "\"");
            }
        }).orElse(null);
    }
}
