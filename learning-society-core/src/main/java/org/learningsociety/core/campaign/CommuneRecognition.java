package org.learningsociety.core.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.criteria.Classification;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.plan.Recognition;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A commune's recognition: one decision for every verified registration of the commune whose points
 * earn the title, the others recorded as not recognised with the classification's shortfalls. A
 * registration whose criteria set names another level's authority as recognising it (the commune itself as
 * a learning community after the 2025 reform: the province) is left to that authority.
 */
public class CommuneRecognition {

    private final CampaignBatches batches;
    private final Registrations registrations;
    private final CriteriaSets criteriaSets;
    private final Recognising recognising;

    public CommuneRecognition(CampaignBatches batches, Registrations registrations, CriteriaSets criteriaSets,
            Recognising recognising) {
        this.batches = Objects.requireNonNull(batches);
        this.registrations = Objects.requireNonNull(registrations);
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.recognising = Objects.requireNonNull(recognising);
    }

    /**
     * Recognises with one decision every verified registration of the commune whose verified points
     * earn the title, and records the other verified ones as not recognised with the classification's
     * shortfalls as the reason. Refused while self-assessments of the commune are not yet verified.
     */
    public RecognitionResult recogniseCommune(NewDecision decision, int year, LearningModel model, String communeCode) {
        Decided decided = decide(year, model, communeCode);
        if (decided.recognised().isEmpty()) {
            throw new InvalidInputException("communeCode", communeCode, "Không có hồ sơ " + model.title() + " nào của "
                    + decided.commune().name() + " năm " + year + " đủ điều kiện công nhận");
        }
        List<Registration> recognised = decided.recognised();
        Map<Registration, String> notRecognised = decided.notRecognised();
        // the registrations just read are written back as read: one changed meanwhile is refused by its version
        Decision issued = recognising.recogniseAsRead(decision, year, model, recognised, notRecognised);
        Map<RegistrationId, String> reasons = new LinkedHashMap<>();
        notRecognised.forEach((registration, reason) -> reasons.put(registration.id(), reason));
        return new RecognitionResult(issued, recognised.size(), reasons);
    }

    /**
     * Who recognises the titles of {@code year} in commune {@code communeCode}, as the plans in force say:
     * its People's Committee unless a plan names its association.
     */
    public Recognition recogniserOf(String communeCode, int year) {
        AdministrativeUnit commune = batches.commune(communeCode, year);
        return recognising.recogniserOf(commune, year, batches.dateIn(year));
    }

    /**
     * Whether the commune's decision may be issued now: refused, with the reason, while the commune's
     * self-assessments are not all verified, when none earns the title, or when one that would be
     * recognised was assessed on a sample criteria set the province has not declared official — what
     * {@link #recogniseCommune} would refuse, asked before the officer's recognition task closes. A
     * commune whose self-assessments are not all verified is refused by throwing, as there.
     */
    public Outcome mayRecogniseCommune(int year, LearningModel model, String communeCode) {
        Decided decided = decide(year, model, communeCode);
        if (decided.recognised().isEmpty()) {
            return Outcome.rejected("communeCode", communeCode, "Không có hồ sơ " + model.title() + " nào của "
                    + decided.commune().name() + " năm " + year + " đủ điều kiện công nhận");
        }
        for (CriteriaSet set : decided.setsOfRecognised()) {
            Outcome granted = recognising.mayGrantTitlesOn(set);
            if (!granted.isAllowed()) {
                return granted;
            }
        }
        return Outcome.allowed();
    }

    /** The commune's verified registrations, split by whether their verified points earn the title. */
    private Decided decide(int year, LearningModel model, String communeCode) {
        batches.batchCompletion(CyclePhase.RECOGNITION, model, communeCode, year).orThrow();
        AdministrativeUnit commune = batches.commune(communeCode, year);
        List<Registration> recognised = new ArrayList<>();
        Map<Registration, String> notRecognised = new LinkedHashMap<>();
        // a commune's registrations share a few criteria sets: each is read once, not once per registration
        Map<CriteriaSetId, CriteriaSet> sets = new HashMap<>();
        Map<CriteriaSetId, CriteriaSet> setsOfRecognised = new LinkedHashMap<>();
        List<Registration> ofCommune = new ArrayList<>();
        for (UnitId unit : batches.unitsOf(commune, year)) {
            ofCommune.addAll(registrations.findByUnitWithoutEvidence(unit, year, model));
        }
        LocalDate day = batches.dateIn(year);
        for (Registration registration : ofCommune) {
            if (registration.status() != RegistrationStatus.VERIFIED) {
                continue;
            }
            CriteriaSet set = sets.computeIfAbsent(registration.criteriaSet(),
                    id -> criteriaSets.findById(id).orElseThrow());
            // the commune itself as a learning community is recognised by the authority its set names
            // (Recognising.recogniseByAuthority), not by the commune's own decision; beneath it, villages
            UnitLevel level = registration.unit().equals(commune.id()) ? commune.level() : UnitLevel.VILLAGE;
            if (set.recognisingAuthority(level, day).filter(a -> a.level() != commune.level()).isPresent()) {
                continue;
            }
            Classification classification = set.classify(registration.verifiedScores());
            if (classification.earnsTitle()) {
                recognised.add(registration);
                setsOfRecognised.putIfAbsent(registration.criteriaSet(), set);
            } else {
                notRecognised.put(registration, "Chưa đạt danh hiệu " + model.title() + ": "
                        + String.join("; ", classification.shortfalls()));
            }
        }
        return new Decided(commune, recognised, notRecognised, List.copyOf(setsOfRecognised.values()));
    }

    private record Decided(AdministrativeUnit commune, List<Registration> recognised,
            Map<Registration, String> notRecognised, List<CriteriaSet> setsOfRecognised) {
    }
}
