package org.learningsociety.workflow.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.criteria.Authorities;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The criteria set (Bộ tiêu chí) in force for a model, a subject level and a year, and who evaluates and recognises. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/criteria-sets")
public class CriteriaSetsController {

    private final CriteriaSets criteriaSets;
    private final Clock clock;

    public CriteriaSetsController(CriteriaSets criteriaSets, Clock clock) {
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param official whether every number comes from an issued decision (no sample points)
     * @param level the subject level asked for (the model's usual one when the request names none)
     * @param subjectLevels every subject level the set scores
     * @param evaluates who evaluates a subject of {@code level} today, as the set's file says; {@code null}
     *     when it names no one
     * @param recognises who recognises the title of a subject of {@code level} today; {@code null} when the
     *     file names no one
     * @param authorities every authority entry of the file, for every level and period
     */
    public record CriteriaSetView(String key, String version, String name, LearningModel model, int validFromYear,
            Integer validToYear, boolean official, int maxPoints, List<CriterionView> criteria, UnitLevel level,
            List<UnitLevel> subjectLevels, AuthorityView evaluates, AuthorityView recognises,
            List<AuthoritiesView> authorities) { }

    /**
     * A body that evaluates or recognises.
     *
     * @param bodyName the kind's Vietnamese name ("Ủy ban nhân dân"); {@code name} is the body's own
     * @param levelName the level's Vietnamese name ("Tỉnh, thành phố")
     * @param sample whether who acts is the project's assumption, not the issuing document's
     */
    public record AuthorityView(BodyKind body, String bodyName, UnitLevel level, String levelName, String name,
            boolean sample) {

        static AuthorityView of(Authority authority, boolean sample) {
            return new AuthorityView(authority.body(), authority.body().vietnameseName(), authority.level(),
                    authority.level().vietnameseName(), authority.name(), sample);
        }
    }

    /**
     * An authority entry of the criteria file: for subjects of {@code subjectLevel} from {@code from} to
     * {@code until} (either open), who evaluates and who recognises.
     */
    public record AuthoritiesView(UnitLevel subjectLevel, LocalDate from, LocalDate until, AuthorityView evaluates,
            AuthorityView recognises, boolean sample, String basis) { }

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
     * The criteria set in force for a model, a subject level and a year. With its criteria, their indicators
     * and points, which indicators need evidence, which numbers are samples and which names placeholders a
     * province must still confirm, and who evaluates and recognises a subject of that level today (and every
     * authority entry of the file); a province's own set where {@code province} has one. {@code level}
     * defaults to the model's usual subject level (a village; a commune for units). 404 when no set is in
     * force that year for that level.
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public CriteriaSetView inForce(@RequestParam LearningModel model, @RequestParam int year,
            @RequestParam(required = false) String province, @RequestParam(required = false) UnitLevel level) {
        UnitLevel subjectLevel = level == null ? model.usualSubjectLevel() : level;
        CriteriaSet set = criteriaSets.inForce(model, subjectLevel, year, province).orElseThrow(() ->
                new NotFoundException("year", year, "Chưa có bộ tiêu chí " + model.title() + " cho đối tượng cấp "
                        + subjectLevel.vietnameseName() + " áp dụng cho năm " + year));
        LocalDate today = LocalDate.now(clock);
        Optional<Authorities> now = set.authoritiesFor(subjectLevel, today);
        return new CriteriaSetView(set.key(), set.version(), set.name(), set.model(), set.validFromYear(),
                set.validToYear(), set.official(), set.maxPoints(), set.criteria().stream()
                        .map(c -> new CriterionView(c.code(), c.name(), c.maxPoints(), c.minimumPoints(), c.sample(),
                                c.nameSample(), c.indicators().stream().map(i -> new IndicatorView(i.code(), i.name(),
                                        i.maxPoints(), i.evidenceRequired(), i.sample(), i.nameSample())).toList()))
                        .toList(),
                subjectLevel, set.subjectLevels().stream().sorted().toList(),
                now.map(a -> AuthorityView.of(a.evaluates(), a.sample())).orElse(null),
                now.map(a -> AuthorityView.of(a.recognises(), a.sample())).orElse(null),
                set.authorities().stream().map(a -> new AuthoritiesView(a.subjectLevel(), a.from(), a.until(),
                        AuthorityView.of(a.evaluates(), a.sample()), AuthorityView.of(a.recognises(), a.sample()),
                        a.sample(), a.basis())).toList());
    }
}
