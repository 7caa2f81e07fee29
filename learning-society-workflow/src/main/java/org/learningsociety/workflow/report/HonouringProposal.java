package org.learningsociety.workflow.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.report.HonouringCongress;
import org.learningsociety.core.report.HonouringCongress.Candidate;
import org.learningsociety.core.report.HonouringCongress.Candidates;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * The honouring proposal's task ({@code selectExemplary}): the subjects the level may propose, offered
 * to choose from in the form's tag list, and the choice read back.
 *
 * <p>The options are a task-local Json variable ({@code exemplaryCandidates}, {@code [{label, value}]}),
 * the form the shape form-js takes for a list's options from a variable; Tasklist sends the choice back
 * as a Json array. Registration ids typed in the form's second field, for the subjects beyond the list
 * (a province's hundreds of thousands), and the comma-separated ids of a task created before the list
 * existed are read too.
 */
final class HonouringProposal {

    static final String CANDIDATES = "exemplaryCandidates";
    static final String NOTE = "exemplaryNote";
    static final String SUBJECTS = "exemplarySubjects";
    static final String COMPLETE = "exemplaryComplete";
    static final String SELECTED = "exemplary";
    /** The forms the plan in force gives at the reviews, {@code [{label, value}]}: the form's select. */
    static final String FORMS = "awardForms";
    /** The most subjects the form lists; the rest are proposed by their registration ids. */
    static final int LIMIT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private HonouringProposal() {
    }

    /** Lists the level's candidates on the task, with a line saying how many there are and which are shown. */
    static void offer(DelegateTask task, HonouringCongress congress) {
        String unitCode = String.valueOf(task.getVariable(ReportVariables.UNIT_CODE));
        ReportPeriod period = ReportVariables.period(task);
        Candidates candidates = congress.candidates(unitCode, period, LIMIT);
        ArrayNode options = JSON.createArrayNode();
        for (Candidate candidate : candidates.listed()) {
            options.addObject().put("label", candidate.label())
                    .put("value", String.valueOf(candidate.registration().value()));
        }
        try {
            task.setVariableLocal(CANDIDATES, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ArrayNode forms = JSON.createArrayNode();
        for (var form : congress.formsAtReview(unitCode, period)) {
            forms.addObject().put("label", form.name() + (form.issuedByTheProvince() ? ""
                    : " (đề nghị " + (form.givenBy() == null ? "cấp trên" : form.givenBy().body()) + " khen thưởng)"))
                    .put("value", form.code());
        }
        try {
            task.setVariableLocal(FORMS, SpinValues.jsonValue(JSON.writeValueAsString(forms)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        task.setVariableLocal(SUBJECTS, candidates.subjects());
        task.setVariableLocal(COMPLETE, candidates.complete());
        task.setVariableLocal(NOTE, note(candidates, period));
    }

    private static String note(Candidates candidates, ReportPeriod period) {
        if (candidates.subjects() == 0) {
            return "Đơn vị và các đơn vị trực thuộc chưa có hồ sơ nào được công nhận trong " + period.vietnameseName()
                    + ": không có đối tượng để đề nghị. Hoàn thành việc này để ghi nhận.";
        }
        if (candidates.complete()) {
            return "**" + candidates.subjects() + " đối tượng** được công nhận trong " + period.vietnameseName()
                    + " tại đơn vị và các đơn vị trực thuộc (" + candidates.recognised() + " lượt công nhận)."
                    + " Chọn trong danh sách dưới đây; đối tượng được công nhận nhiều năm nhất đứng trước.";
        }
        return "**" + candidates.recognised() + " lượt công nhận** trong " + period.vietnameseName()
                + " tại đơn vị và các đơn vị trực thuộc. Danh sách dưới đây nêu " + candidates.listed().size()
                + " đối tượng được công nhận nhiều năm nhất; đối tượng khác: nhập mã hồ sơ ở ô cuối.";
    }

    /** The registrations chosen: those picked from the list, then those typed, each once. */
    static List<RegistrationId> selected(VariableScope scope) {
        Set<Long> ids = new LinkedHashSet<>();
        Object picked = scope.getVariable(SELECTED);
        if (picked instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(element -> ids.add(id(element.isNumber() ? String.valueOf(element.numberValue())
                    : element.stringValue())));
        } else if (picked instanceof Collection<?> list) {
            list.forEach(element -> ids.add(id(String.valueOf(element))));
        } else if (picked != null && !picked.toString().isBlank()) {
            typed(picked.toString(), ids);
        }
        Object typed = scope.getVariable(ReportVariables.REGISTRATION_IDS);
        if (typed != null) {
            typed(typed.toString(), ids);
        }
        List<RegistrationId> selected = new ArrayList<>();
        ids.forEach(id -> selected.add(new RegistrationId(id)));
        return selected;
    }

    private static void typed(String text, Set<Long> ids) {
        for (String part : text.replace("[", "").replace("]", "").replace("\"", "").split(",")) {
            if (!part.isBlank()) {
                ids.add(id(part));
            }
        }
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ReportVariables.REGISTRATION_IDS, text,
                    "Mã hồ sơ phải là số, cách nhau bởi dấu phẩy");
        }
    }

    /** Refuses a completion that proposes nobody while there is somebody to propose. */
    static void chosen(DelegateTask task) {
        Object subjects = task.getVariable(SUBJECTS);
        if (selected(task).isEmpty() && !(subjects instanceof Number n && n.intValue() == 0)) {
            throw new InvalidInputException(SELECTED, null, "Chọn ít nhất một đối tượng để đề nghị biểu dương, khen thưởng");
        }
    }
}
