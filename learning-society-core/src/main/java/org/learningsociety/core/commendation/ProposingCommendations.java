package org.learningsociety.core.commendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.plan.AwardForm;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;

/**
 * Proposing a commune's recognised subjects of a year for commendation, each for the form the
 * {@link CommendationEligibility} rule names given the years it has held the title in a row and its
 * verified points.
 */
public class ProposingCommendations {

    /** How many past years are looked at when counting years recognised in a row. */
    private static final int MAX_YEARS_BACK = 10;

    private final CampaignBatches batches;
    private final Registrations registrations;
    private final CommendationService commendations;

    public ProposingCommendations(CampaignBatches batches, Registrations registrations,
            CommendationService commendations) {
        this.batches = Objects.requireNonNull(batches);
        this.registrations = Objects.requireNonNull(registrations);
        this.commendations = Objects.requireNonNull(commendations);
    }

    /**
     * Proposes the commune's recognised subjects of {@code year} for the form {@code eligibility}
     * names, given the years they have held the title in a row and their verified points.
     */
    public CommendationProposals proposeCommendations(int year, LearningModel model, String communeCode,
            CommendationEligibility eligibility, String proposedBy) {
        AdministrativeUnit commune = batches.commune(communeCode, year);
        List<Registration> thisYear = new ArrayList<>();
        for (UnitId unit : batches.unitsOf(commune, year)) {
            for (Registration r : registrations.findByUnit(unit, year, model)) {
                if (r.status() == RegistrationStatus.RECOGNISED) {
                    thisYear.add(r);
                }
            }
        }
        Map<SubjectId, Integer> running = new HashMap<>();
        thisYear.forEach(r -> running.put(r.subject(), 1));
        Set<SubjectId> stillRunning = new HashSet<>(running.keySet());
        // past years are looked up in the units this year's records were made in (villages keep their id
        // when moved into a merged commune), not in the commune's subtree of that year, which before the
        // 2025 reform belonged to another commune
        Set<UnitId> madeIn = new HashSet<>();
        thisYear.forEach(r -> madeIn.add(r.unit()));
        for (int back = 1; back <= MAX_YEARS_BACK && !stillRunning.isEmpty(); back++) {
            Set<SubjectId> recognisedThen = new HashSet<>();
            for (UnitId unit : madeIn) {
                for (Registration r : registrations.findByUnit(unit, year - back, model)) {
                    if (r.status() == RegistrationStatus.RECOGNISED) {
                        recognisedThen.add(r.subject());
                    }
                }
            }
            stillRunning.retainAll(recognisedThen);
            stillRunning.forEach(s -> running.merge(s, 1, Integer::sum));
        }
        // the plan in force names the forms: the yearly round gives only those it gives yearly and the
        // province or a body beneath it issues (never the Prime Minister's Bằng khen, proposed at reviews)
        Optional<AwardCatalogue.InForce> inForce = commendations.formsInForce(commune, year);
        Map<String, List<RegistrationId>> byForm = new LinkedHashMap<>();
        for (Registration r : thisYear) {
            Optional<String> form = eligibility.formFor(model, running.get(r.subject()),
                    r.verifiedScores().total())
                    .filter(code -> AwardPolicies.givenInTheYearlyRound(code, inForce).isAllowed());
            form.ifPresent(f -> byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(r.id()));
        }
        Map<String, List<CommendationId>> proposed = new LinkedHashMap<>();
        Map<String, AwardForm> forms = new HashMap<>();
        byForm.forEach((form, ids) -> {
            proposed.put(form, commendations.propose(ids, form, proposedBy).stream().map(Commendation::id).toList());
            inForce.flatMap(f -> f.form(form)).ifPresent(named -> forms.put(form, named));
        });
        return new CommendationProposals(proposed, forms);
    }
}
