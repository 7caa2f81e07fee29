package org.learningsociety.workflow.api;

import java.util.List;
import java.util.Objects;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The criteria set (Bộ tiêu chí) in force for a model and year. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/criteria-sets")
public class CriteriaSetsController {

    private final CriteriaSets criteriaSets;

    public CriteriaSetsController(CriteriaSets criteriaSets) {
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
    }

    /** @param official whether every number comes from an issued decision (no sample points) */
    public record CriteriaSetView(String key, String version, String name, LearningModel model, int validFromYear,
            Integer validToYear, boolean official, int maxPoints, List<CriterionView> criteria) { }

    /**
     * @param sample whether the points are a sample a province must confirm
     * @param nameSample whether the name is placeholder wording, not the issuing decision's
     */
    public record CriterionView(String code, String name, int maxPoints, int minimumPoints, boolean sample,
            boolean nameSample, List<IndicatorView> indicators) { }

    /**
     * @param sample whether the points are a sample a province must confirm
     * @param nameSample whether the name is placeholder wording, not the issuing decision's
     */
    public record IndicatorView(String code, String name, int maxPoints, boolean evidenceRequired, boolean sample,
            boolean nameSample) { }

    /**
     * The criteria set in force for a model and year. With its criteria, their indicators and points,
     * which indicators need evidence, which numbers are samples and which names placeholders a province must
     * still confirm; a province's own set where {@code province} has one. 404 when no set is in force that year.
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public CriteriaSetView inForce(@RequestParam LearningModel model, @RequestParam int year,
            @RequestParam(required = false) String province) {
        CriteriaSet set = criteriaSets.inForce(model, year, province).orElseThrow(() -> new NotFoundException("year",
                year, "Chưa có bộ tiêu chí " + model.title() + " áp dụng cho năm " + year));
        return new CriteriaSetView(set.key(), set.version(), set.name(), set.model(), set.validFromYear(),
                set.validToYear(), set.official(), set.maxPoints(), set.criteria().stream()
                        .map(c -> new CriterionView(c.code(), c.name(), c.maxPoints(), c.minimumPoints(), c.sample(),
                                c.nameSample(), c.indicators().stream().map(i -> new IndicatorView(i.code(), i.name(),
                                        i.maxPoints(), i.evidenceRequired(), i.sample(), i.nameSample())).toList()))
                        .toList());
    }
}
