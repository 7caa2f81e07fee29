package org.learningsociety.reliability;

import static org.learningsociety.test.criteria.HouseholdScores.evidence;
import static org.learningsociety.test.criteria.HouseholdScores.selfPoints;
import static org.learningsociety.test.criteria.HouseholdScores.uniform;
import static org.learningsociety.test.criteria.HouseholdScores.verifiedPoints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.test.criteria.HouseholdScores;
import org.learningsociety.workflow.cycle.SelfAssessmentIntake;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A village at a time, what a portal's bulk screens would do, through the same services the B2
 * benchmark calls: households into the catalogue, a village's registrations ({@code registerAll}),
 * self-assessments (the portal's {@code SelfAssessmentIntake}) and verifications ({@code verifyAll}),
 * each one transaction. The REST API takes one registration a call, too slow for 10,000 households on
 * two shared cores; this keeps the writing inside the child JVM, on its services, engine and database.
 * Under the API's path, so the starter's HTTP basic chain guards it. Stateless: everything is derived
 * from the village and the stored rows, so a restarted node answers the same.
 */
@RestController
@RequestMapping("/api/learning-society/v1/reliability-driver")
public class BulkDriver {

    private final SubjectCatalogue catalogue;
    private final Subjects subjects;
    private final Registrations registrations;
    private final Registering registering;
    private final Verifying verifying;
    private final SelfAssessmentIntake intake;
    private final UnitDirectory units;

    public BulkDriver(SubjectCatalogue catalogue, Subjects subjects, Registrations registrations,
            Registering registering, Verifying verifying, SelfAssessmentIntake intake, UnitDirectory units) {
        this.catalogue = catalogue;
        this.subjects = subjects;
        this.registrations = registrations;
        this.registering = registering;
        this.verifying = verifying;
        this.intake = intake;
        this.units = units;
    }

    /**
     * Whether household {@code n} (its number in the commune) earns the family title (80 of 100 points)
     * with the points {@link HouseholdScores#verifiedPoints} gives it.
     */
    public static boolean earnsTitle(int n) {
        return verifiedPoints(n) * HouseholdScores.indicators().size() >= 80;
    }

    public static String externalId(int n) {
        return "REL-" + n;
    }

    /** Adds households {@code first} … {@code first + count - 1} to the village, in one transaction. */
    @PostMapping("/villages/{village}/households")
    public int households(@PathVariable String village, @RequestParam int first, @RequestParam int count) {
        List<SubjectCatalogue.NewSubject> added = new ArrayList<>(count);
        for (int n = first; n < first + count; n++) {
            added.add(new SubjectCatalogue.NewSubject(LearningModel.FAMILY, village, "Hộ gia đình số " + n,
                    externalId(n)));
        }
        return catalogue.addAll(added).size();
    }

    /** Registers households {@code first} … for {@code year}, all or nothing; 409 if one already is. */
    @PostMapping("/villages/{village}/registrations")
    public ResponseEntity<Integer> register(@PathVariable String village, @RequestParam int first,
            @RequestParam int count, @RequestParam int year) {
        List<SubjectId> ids = new ArrayList<>(count);
        for (int n = first; n < first + count; n++) {
            ids.add(subjects.findByExternalId(LearningModel.FAMILY, externalId(n)).orElseThrow().id());
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(registering.registerAll(ids, year).size());
        } catch (ConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(0);
        }
    }

    /** Every registration of the village submits its self-assessment, through the portal's intake. */
    @PostMapping("/villages/{village}/self-assessments")
    public int selfAssess(@PathVariable String village, @RequestParam int year) {
        List<SelfAssessment> assessments = new ArrayList<>();
        numbered(village, year).forEach((n, registration) -> assessments.add(new SelfAssessment(registration.id(),
                uniform(selfPoints(n)), evidence())));
        intake.submit(new CycleKey(LearningModel.FAMILY, year, communeOf(village, year)).businessKey(), assessments);
        return assessments.size();
    }

    /** The association verifies every registration of the village. */
    @PostMapping("/villages/{village}/verifications")
    public int verify(@PathVariable String village, @RequestParam int year) {
        List<Verification> verifications = new ArrayList<>();
        numbered(village, year).forEach((n, registration) -> verifications.add(new Verification(registration.id(),
                uniform(verifiedPoints(n)), "Trần Thị Bình",
                verifiedPoints(n) == selfPoints(n) ? null : "Minh chứng chưa đủ")));
        verifying.verifyAll(verifications);
        return verifications.size();
    }

    /** The village's registrations of the year by household number. */
    private Map<Integer, Registration> numbered(String village, int year) {
        List<Registration> found = registrations.findByUnit(units.unitOn(village, LocalDate.of(year, 6, 1)).id(),
                year, LearningModel.FAMILY);
        Map<SubjectId, Subject> byId = new LinkedHashMap<>();
        subjects.findByIds(found.stream().map(Registration::subject).toList()).forEach(s -> byId.put(s.id(), s));
        Map<Integer, Registration> numbered = new LinkedHashMap<>();
        for (Registration registration : found) {
            String external = byId.get(registration.subject()).externalId();
            numbered.put(Integer.parseInt(external.substring("REL-".length())), registration);
        }
        return numbered;
    }

    private String communeOf(String village, int year) {
        LocalDate day = LocalDate.of(year, 6, 1);
        return units.unitOn(units.unitOn(village, day).parent(), day).code();
    }
}
