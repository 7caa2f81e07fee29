package org.learningsociety.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one version of a plan changes from another, as the audit trail keeps it: the lines of the
 * older version that the newer one no longer has ({@code before}), and the newer version's lines the
 * older had not ({@code after}) — a target, a milestone, a phase, an indicator, a heading field per
 * line, e.g. {@code mục tiêu FAMILY_RECOGNISED 2025 = 70} → {@code mục tiêu FAMILY_RECOGNISED 2025 = 75}.
 *
 * @param before {@code null} for a plan added
 */
public record PlanChanges(String before, String after) {

    /** The changes from {@code before} ({@code null} for a new plan) to {@code after}. */
    public static PlanChanges between(Plan before, Plan after) {
        Objects.requireNonNull(after, "after");
        Set<String> newer = lines(after);
        if (before == null) {
            return new PlanChanges(null, "phiên bản " + after.version() + ": " + String.join("; ", newer));
        }
        Set<String> older = lines(before);
        List<String> removed = new ArrayList<>(older);
        removed.removeAll(newer);
        List<String> added = new ArrayList<>(newer);
        added.removeAll(older);
        return new PlanChanges("phiên bản " + before.version() + (removed.isEmpty() ? "" : ": " + String.join("; ", removed)),
                "phiên bản " + after.version() + (added.isEmpty() ? "" : ": " + String.join("; ", added)));
    }

    private static Set<String> lines(Plan plan) {
        Set<String> lines = new LinkedHashSet<>();
        lines.add("trạng thái " + plan.status());
        lines.add("tên " + plan.title());
        lines.add("cơ quan ban hành " + plan.issuer());
        lines.add("số " + plan.number());
        lines.add("ngày ban hành " + (plan.issuedOn() != null ? plan.issuedOn() : plan.issuedYear()));
        lines.add("phạm vi " + plan.scope().unitCode() + " " + plan.scope().level());
        lines.add("chương trình " + plan.programme());
        lines.add("kế hoạch cấp trên " + plan.parent());
        lines.add("cách suy ra chỉ tiêu " + plan.derivationRule());
        plan.legalBasis().forEach(line -> lines.add("căn cứ " + line));
        plan.phases().forEach(p -> lines.add("giai đoạn " + p.code() + " " + p.fromYear() + "–" + p.toYear()));
        plan.indicators().forEach(i -> lines.add("chỉ tiêu " + i.code() + " (" + i.name() + ", " + i.source()
                + (i.model() == null ? "" : ", " + i.model()) + (i.enteredBy() == null ? "" : ", nhập " + i.enteredBy())
                + ")"));
        plan.targets().forEach(t -> lines.add("mục tiêu " + t.indicator() + " " + t.year()
                + (t.areaType() == null ? "" : " " + t.areaType()) + " = " + t.value().stripTrailingZeros().toPlainString()));
        plan.milestones().forEach(m -> lines.add("mốc " + m.kind() + " " + m.level() + " " + dates(m)
                + (m.period() == null ? "" : " kỳ " + m.period())
                + (m.statedAs() == null ? "" : " «" + m.statedAs() + "»")));
        plan.tasks().forEach(t -> lines.add("nhiệm vụ " + t.number() + " " + t.name()
                + (t.timing() == null ? "" : " (" + t.timing() + ")")));
        return lines;
    }

    private static String dates(Milestone m) {
        if (m.recurring()) {
            return "hằng năm " + (m.fromMonthDay() == null ? "" : text(m.fromMonthDay()) + "…") + text(m.monthDay())
                    + (m.before() ? " (trước)" : "") + (m.fromYear() == null ? "" : " từ " + m.fromYear())
                    + (m.toYear() == null ? "" : " đến " + m.toYear());
        }
        return (m.from() == null ? "" : m.from() + "…") + (m.to() == null ? "" : m.to()) + (m.before() ? " (trước)" : "");
    }

    private static String text(java.time.MonthDay day) {
        return day == null ? "" : String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
